"""DJ442 动宾搭配不当: a verb with an object it cannot take (发挥职责, 履行作用, 营造热潮…).

Matched on the parse, not on adjacent characters: in each clause the object's head noun is the
last word of the noun phrase after the verb (it may be several words away: 发挥纪委的监督责任),
and its verb is the nearest verb of the table before it, so a noun another verb governs is
not blamed on the first one (履行职责、发挥作用).  The table is rules/phrase/data/collocations.tsv.
"""
from __future__ import annotations

from ...engine import Finding, Rule
from ...engine.kinds import compile_
from .ba_objects import ba_objects
from .campaign import campaign_objects
from .collocation_search import find
from .collocation_table import read_table as read_table
from .collocation_table import table_for
from .collocation_table import table_path as table_path
from .objects import _quoted_apart
from .predicates import unfit_predicates, unfit_subjects
from .script import ReadsTraditional, reading
from .text import quoted_speech

#: an object joined to another before it by 和/及/与 (……能力和……作风): the verb may fit that one
_JOINS = compile_("(?<=[\u4e00-\u9fff])(?:和(?!谐|平|睦|美|善|蔼|煦)|及(?!时|早|格)|与(?!会|时俱))(?=[\u4e00-\u9fff])")


def _joined_object(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] (from the verb's end to the noun) joins a first object to the noun's own phrase: 和/及/与
    with nothing after it that makes the stretch a modifier (的) or a quoted name (“”、); not two verbs (提升和发挥……)."""
    m = _JOINS.search(text, a, b)
    return m is not None and m.start() >= a + 2 and not any(c in text[a:b] for c in "“”、") and "的" not in text[m.end():b]


#: the manner adverbs that open a second verb phrase before the noun (……基础 广泛凝聚共识)
_OPENING_ADVERBS = ("广泛", "共同", "进一步", "不断", "全面", "持续", "积极", "切实", "深入", "大力", "努力", "充分", "牢牢")


def _own_verb_before(text: str, a: int, b: int, instead: list[str]) -> bool:
    """Whether text[a:b] (from the verb's end to the noun) ends in one of the noun's right verbs with a manner adverb
    before it: a second verb phrase that governs the noun (筑牢共同思想政治基础广泛凝聚共识, a headline that lost its
    comma).  A right verb alone before the noun may make a compound noun with it (开展实施方案 is still a fault)."""
    between = text[a:b]
    return any(between.endswith(adv + v) and len(between) > len(adv + v) for v in instead for adv in _OPENING_ADVERBS)


#: verbs that make an atmosphere, a condition or a ground (创造……氛围): one of them between a table verb and its noun
#: makes the noun that verb's object (为实现叶县档案工作的又好又快发展创造良好的法制氛围: 实现's object is 发展; dev-prec433)
_MAKING = compile_("(?:创造|营造|形成|创设)(?![性力者])")
#: what joins two verbs that share one object (改进、提高……水平; 提升和发挥……作用): the second is no verb of its own
_VERB_JOINS = frozenset("、和与及并")
#: the verbs a meeting takes, one of them earlier in the clause: the meeting is that verb's object, and 开展 before
#: the meeting's noun is inside its name (举行……暨深入开展创先争优表彰动员大会, dev-prec433)
_MEETING_VERBS = compile_("举行|召开|举办")
#: adverbs that open a meeting's name after its verb (举行深入开展……动员大会)
_NAME_ADVERBS = frozenset(("", "深入", "全面", "扎实", "认真", "进一步"))
#: what ends a clause, for the looks back of _object_of_another
_CLAUSE_MARKS = "，。；：！？,;:!?"
#: how far before the verb 开展 may stand and govern the activity whose name holds the verb (开展学习践行……活动)
_GOVERNING_REACH = 4
#: a document a verb of its own takes: a plan named by the campaign it plans (开展……工作方案)
_DOCUMENT_NOUNS = frozenset(("方案", "计划", "规划", "意见", "通知"))
#: the verbs a document takes, one of them earlier in the clause: the document is that verb's object, and 开展 is
#: inside the document's name (贯彻落实市卫生健康委开展党史学习教育“我为群众办实事”工作方案, dev-prec453)
_DOCUMENT_VERBS = compile_("贯彻|落实|执行|印发|制定|出台|按照|根据|依据|对照")


def _own_verb_between(between: str) -> bool:
    """Whether a making verb stands in ``between`` as a verb of its own: not joined to the table verb (改进、提高),
    not the head of a noun (创造性、创造力)."""
    return any(m.start() >= 2 and between[m.start() - 1] not in _VERB_JOINS for m in _MAKING.finditer(between))


def _object_of_another(text: str, s: int, e: int, verb: str, noun: str) -> bool:
    """Whether the noun is another verb's object, not ``verb``'s: a verb that makes it stands between them on its
    own (为实现……发展创造……氛围; a right verb of the table is not enough: 内涵丰富的……生活 holds an adjective); 开展 stands just before ``verb`` and the noun is 活动, whose
    name holds the verb (深入开展学习践行社会主义核心价值体系活动); a document's verb (贯彻落实, 印发, 按照) stands earlier
    in the clause and the noun is a plan or a notice named by what 开展 governs (贯彻落实……开展……工作方案); or a meeting's verb stands earlier in the clause,
    no meeting of its own after it, and 开展 is inside the meeting's name (举行……暨深入开展创先争优动员大会).  All
    dev-prec433."""
    if _own_verb_between(text[s + len(verb):e - len(noun)]):
        return True
    start = max((text.rfind(c, 0, s) for c in _CLAUSE_MARKS), default=-1) + 1
    if noun == "活动" and "开展" in text[max(start, s - _GOVERNING_REACH):s]:
        return True
    if verb == "开展" and noun in _DOCUMENT_NOUNS and _DOCUMENT_VERBS.search(text, start, s):
        return True
    if verb != "开展" or noun not in ("会", "会议", "大会"):
        return False
    last = None
    for last in _MEETING_VERBS.finditer(text, start, s):
        pass
    if last is None:
        return False
    between = text[last.end():s]  # 举行……暨, or 举行 with an adverb: the named meeting; not 召开座谈会和, 举行仪式后
    return ("暨" in between and "会" not in between) or between in _NAME_ADVERBS


def _clause_after_a_verb(text: str, s: int, e: int, noun: str, verbs) -> bool:
    """Whether the verb at ``s`` stands right after another verb and its 了 or 着, and 的 stands just before the noun: the
    verb and what follows it up to 的 are a clause that modifies the noun, which is the first verb's object (强化了
    [加强民族团结]的责任感 says 强化……责任感; dev-prec448).  Without the verb before it (来加强师资队伍的普通话水平) or
    its 了 (通过学习增加了党员对党史的了解: 学习 is what does it) the pair is still told."""
    if e - len(noun) - 1 <= s or text[e - len(noun) - 1] != "的" or s == 0 or text[s - 1] not in "了着":
        return False
    return any(text.endswith(v, 0, s - 1) for v in verbs)


#: how many characters may stand between an earlier verb right for the noun and the verb inside its object
_HOLDING_REACH = 4


def _inside_a_right_verbs_object(table, text: str, s: int, noun: str) -> bool:
    """Whether the verb at ``s`` stands inside the object of an earlier verb of its clause that is right for the
    noun, a word or two between them: 提升学生培养能力和水平 is 提升[学生培养能力和水平] (提升……水平), 培养能力 a
    modifier that governs nothing (dev-prec451 35).  Two verbs joined (提高和培养水平) share the object: still told."""
    start = max((text.rfind(c, 0, s) for c in _CLAUSE_MARKS), default=-1) + 1
    if s - start < 3 or text[s - 1] in _VERB_JOINS:
        return False
    return any((text[a:a + 2], noun) in table.right and _ENDS_AN_ACTION.isdisjoint(text[a + 2:s])
               for a in range(max(start, s - 2 - _HOLDING_REACH), s - 2))


#: what ends the earlier verb's action before the second verb (召开会议后开展了汇报交流会: two actions, not one object)
_ENDS_AN_ACTION = frozenset("后时了着过")


#: the words that make a place a climate when they stand right before it: 书香校园、书香城市、书香家园 (the names
#: of the 全民阅读 campaign, like 书香中国、书香社会) are a reading climate, which is 营造-ed as 氛围 is
_CLIMATE_NAMES = ("书香", "墨香")


def _named_climate(text: str, verb: str, noun_at: int) -> bool:
    """Whether the noun at ``noun_at`` (营造's object) is a place named by its climate (营造书香校园)."""
    return verb == "营造" and any(text.endswith(w, 0, noun_at) for w in _CLIMATE_NAMES)


def _noun_before_right_verb(text: str, s: int, ve: int, instead: list[str]) -> bool:
    """Whether the verb at ``s`` (ending at ``ve``) stands as a noun after 的 and one of the noun's right verbs follows it
    at once: 为活动的开展营造良好氛围 (dev-prec438) says 为[活动的开展]营造氛围, 开展 governs nothing.  Without the 的
    (全面开展营造氛围) or without the right verb (活动的开展良好氛围) the pair is still told."""
    return s > 0 and text[s - 1] == "的" and text.startswith(tuple(instead), ve)


class Collocation(ReadsTraditional, Rule):
    """语病：动宾搭配不当（发挥职责、履行作用、营造热潮、开展……会议、召开……讲座、加大……工作、发挥……引领）

    ## 检查内容
    在一个分句里找动词和它所带宾语的中心词，宾语中心词可以隔着好几个词（“发挥纪委的监督责任”的中心词是“责任”）。
    只报搭配表（rules/phrase/data/collocations.tsv，每行注明出处或理由）里明显错误的搭配：
    - 发挥职责/责任/义务 → 履行；发挥传统/作风 → 发扬；
    - 履行作用、落实作用、发扬作用、做好……作用 → 发挥；履行宗旨、遵守宗旨 → 践行、坚持；履行……建设 → 加强；
    - 营造热潮、开展热潮 → 掀起；掀起氛围、扩大氛围、加强氛围 → 营造；取得……态势 → 形成；
    - 水平、质量、效率、素质只论高低：加强、增强、强化、增加、加大……水平（质量、效率、素质）→ 提高；
    - 提高（提升、增强）建设 → 加强；提高（提升）作风 → 改进；提高人才 → 培养；改善水平 → 提高；
    - 会议只能“召开、举行、举办”：开展……会（大会、座谈会、动员会、会议）→ 召开；
      “召开”的只是会议：召开……讲座（活动、培训、仪式、比赛、晚会）→ 举办、开展、举行；
    - 加大……工作 → 加强；加强（增强、提高）……力度 → 加大；加大（加强）……步伐、进度 → 加快；
    - 增加……了解（认识）→ 加深；增加（加强）……积极性 → 调动；增加（加强）……意识、筑牢……意识 → 增强、树牢（“加强意识形态工作”“加强安全意识教育”中心词不是“意识”，不报）；
    - 提高（提升、增强）……防线 → 筑牢；参与（参加）……行列 → 加入、投身；
    - 提升（提高）……理念 → 树立、践行；提升（提高、增强）……信仰、信念 → 坚定；提高……观念 → 转变；
      提高（提升）……视野 → 开阔；提高（增强）……知识 → 丰富（“提高……意识、防溺水知识和……技能”里并列的“知识”也算）；
    - 开展……制度/机制/责任制 → 实行、建立；观看……基地/旧址 → 参观；践行……活动 → 开展；宾语后面接着次数的
      （召开……活动80余次）同样认出中心词；坚强信心/信念/决心 → 坚定；
    - 提高……环境（生活）→ 改善；健全……建设 → 加强；宣传（普及）……意识 → 增强；提高（加强）……信心 → 增强；
      加快……水平、强化……素质（效率、质量）→ 提高；加大（加强）……速度 → 加快；纪念馆、展馆只能“参观”，
      影片、警示片只能“观看”；典礼、演出是“举行、举办”的；满足……问题 → 解决；牢固了……意识 → 树牢；
    - 规模、范围、影响、覆盖面只论大小：提高（增强、加大）……规模（范围、影响）→ 扩大；扩大（提升）……力度 → 加大；
      营造……校园（城市、家园）→ 建设（“营造书香校园”“书香城市”说的是读书的风气，不报）；开展……政策（计划、方案）→ 落实、实施；树立……制度（机制）→ 建立；
      完成……目的 → 达到；取得……目标 → 实现；调动……作用 → 发挥；打造……氛围 → 营造；
    - 按宾语的语义类（搭配表的词类行）：氛围、气氛不能“推动、推进、促进”（→ 营造、形成）；格局、局面不能“推动、
      促进”（→ 形成、构建；“推动形成……格局”不报，“推动信访工作融入（纳入、转向）……格局”的“格局”是“融入”的宾语，也不报）；积极性、主动性、自觉性、创造性不能“推动、促进、触动”
      （→ 调动、激发）；观念、理念不能“解决、构建”（→ 转变、树立）；成果、成效不能“发扬”（→ 巩固、拓展）；
      作用不能“夯实、筑牢”；力度不能“增加、增大、加强、增强、提高、扩大、加快”（→ 加大）；规模、范围不能“增大、
      提高、增强、加快”（→ 扩大；“增加……规模”政府工作报告里有人用，不报）；氛围不能“引导”（→ 营造）；活动不能“掀起”；会议不能“进行”；举措、措施不能“做到”（→ 采取）；
      改进……建设 → 加强（“加强和改进党的建设”不报）；作用不能“凝聚、汇聚、奠定”（→ 发挥）；力量、合力、共识不能
      “奠定、打下、夯实、筑牢”（→ 凝聚、汇聚；基础才“奠定”）；认识、理念、意识不能“响应”（“响应”的对象是号召、倡议）；
      视野、眼界、知识面只论宽窄，不能“加大、提高、增强、增加”（→ 拓宽、开阔）；短板、薄弱环节不能“巩固、夯实”（→ 加强、补齐）；
      水平、效率只论高低，不能“夯实、深化、巩固、拓展、加强”等（→ 提高、提升）；程度和比率（重视程度、满意度、
      覆盖率）不能“加强、增强、强化、加大、深化”（→ 提高）；力度不能“深化”（→ 加大）；知识不能“强化、提升”
      （→ 普及、掌握、丰富）；锻炼不能“增强、提高”（→ 加强）；原则不能“注重”（→ 坚持、遵循）；“打破……零的突破”
      → 实现；工作不能“发挥”（→ 做好、开展；“以……作用发挥好坏……来检验党员工作”的“工作”是“检验”的宾语，不报）；“开阔视野、增长知识”各带各的宾语，“高效率、高质量落实”是方式，不报；
    - 会议才“召开”：召开……主题教育 → 开展；慰问的是人：慰问……生活情况（状况）→ 了解；树立……方针 → 贯彻、坚持；
      加大……机会 → 增加；加深……意义 → 加深对……意义的认识；认识到……责任感（紧迫感、使命感）→ 增强；
      两个动词用“、”连着带同一个宾语，各自按表判断（推动、触动……积极性）；宾语后面是省略号（……作用……）也算宾语结束；
    - 需要、需求是“满足、适应”的：增强（提高、提升）了……的需要 → 满足（“是提高……的需要”说的是为了什么的需要，
      动词不带“了”、后面有“的”的不报）；义务是“履行”的：拓展（增强、强化）……义务 → 履行；提升（增加）……了解 → 加深；
      转折点、里程碑是“迎来”的，不是“实现、取得”的；举办（举行）……生活 → 开展……活动、丰富……生活；
      制定……活动 → 开展（“制定……活动方案”不报）；引号里的名称不是分句的动词（制定“守初心、强担当”主题党日活动）；
      紧跟在动词后的“具有……的”是宾语的定语（构建具有……的理念）；“暨”连着的几项活动，动词管第一项（开展……教育暨……宣讲会）；
      繁体字写的句子按简体字读。
    - 以学习对象命名的活动是“开展”的：为（要）深入学习贯彻……主题教育（学习教育）→ 为深入开展学习贯彻……主题教育
      （“扎实开展学习贯彻……主题教育”“结合深入贯彻……学习教育”、单独作标题的活动名称不报）；
    - 福祉是“增进”的（增强……福祉 → 增进）；氛围不能“增强”（→ 营造）；新风不能“掀起”（→ 树立、弘扬）；作用不能“依托”
      （→ 发挥）；态势不能“做到”（→ 形成）；关注不能“增强”（→ 引起）；斗争不能“作出”（→ 进行；“作出……牺牲”不报）；
      获得感、幸福感不能“取得”（→ 增强、收获）；自信不能“加强”（→ 坚定、增强）；周年不能“响应”（→ 纪念）；
      参与度、凝聚力、认同感不能“调动”（→ 提高、增强；“调动”的是积极性）；技能不能“增强”（→ 提高、掌握）；
      “提高”论高低：互动、宣传、执行不能“提高”（→ 增进、加强、严格；“提高协商互动、意见表达的水平”中心语是“水平”）；
      机制不能“发挥”（→ 运用、健全；“发挥……机制作用”不报）；公德、道德不能“参与”（→ 遵守、践行）；热情不能“提高”（→ 激发、调动）；
      作用不能“形成”（→ 发挥、起到）；拉开……活动缺“序幕”；重要性不能“普及”（→ 宣传、认识到）；知识不能“践行”
      （→ 运用、掌握）；监管不能“加固”（→ 加强）；责任感、使命感、观念不能“加强”（→ 增强、树立）。
    - 宾语缺中心语：发挥……引领（示范、带头、表率、先锋、模范、堡垒、纽带、导向、主体）后面缺“作用”；走上……化（缺“的道路”）。
    - 第十一次会话：墓、陵园是“祭扫、瞻仰”的（祭奠的是人）；国家、城市、社会是“建成”的，不是“达到”的；主语和谓语（宾语）
      不是一类的：事迹（精神）是……榜样（榜样是人）、精神（积极性）日益浓厚、炎热的气温、任务是如何……的问题；关联词
      搭配不当：只有……，就……（→ 才）、只要……，才……（→ 就；“只有一个目标，就是……”的“只有”是动词，不报）、
      不仅……，而是……（→ 不是……，而是……，或不仅……，而且……）、即使……，但……（→ 即使……，也……，或虽然……，但……；
      后面还有“也”的不报）。
    - 第十二次会话：两个动词用“、”“和”连着、共带一串并列的宾语，每个动词对每个宾语都要搭配（改进、提高服务质量和水平 →
      “水平”不能“改进”；只有一个动词的“改善……质量和水平”仍不报）；推进和发展……进程（“进程”只能推进、加快）；
      秋天的某地是……季节（地方不是季节，“某地的秋天是……季节”不报）；某某同志……被评为“先进单位（先进集体、先进党支部）”
      （个人不能评为单位；“所在的支部”“在某某同志带领下，支部”“全体同志”、先进个人类称号不报）。
    - 第十四次会话：主语和谓语也按搭配表的词类判断：水平（质量、效率）……得到增强（加强、强化、加大）→ 提高、提升；
      规模（范围、覆盖面）……提高（增强、加强、加快）→ 扩大；满意度（覆盖率、知晓率、重视程度等比率）……增强（加强）→ 提高；
      差距……减少 → 缩小；视野……提高 → 开阔；氛围……增强 → 浓厚；环境（面貌）……提高 → 改善；价格……缩小到 → 降低（谓语在分句末尾才报：“提高质量加强基础管理”的“加强”另有宾语；
      “质量意识不断增强”的主语是“意识”；“力度有待加强”“规模提升”“环境……提升”编辑过的报告里有，不报）；杜绝（防止、避免）……发生率
      （事故率、发案率）→ 降低（“避免发案率上升”的“发案率”是“上升”的主语，不报）；解决……负担 → 减轻；解决……需求 → 满足
      （动词前有“切实、着力、及时、要”等的才算宾语，“是解决……的需求”不报）；取得……成效和……作用、履行……责任和……作用、发挥……作用和……职责、提高……效率和……作风：
      并列的后一项也报。
    - 第十五次会话：并列的第一项也报（提高工作作风和工作水平、发挥监督职责和保障作用）：第一项有自己的定语、最后一项是动词能带的
      名词短语才报（“提高作风和纪律建设水平”“提高机关作风和效能建设水平”可能是共用中心语“水平”，不报）；推进（推动）……意识 → 增强、
      树牢（“推进铸牢中华民族共同体意识”“推进意识形态工作”不报）；提高……面貌 → 改善、焕发（“提升城乡面貌”不报）；主语的两个谓语
      并列、后一个不搭配的也报（满意度得到了明显提高和增强；“能力和水平得到提高和增强”两个主语各配一个谓语，不报）；效率……快（慢）
      → 高（低）；广度……高 → 删去“高”（广度只论宽窄）。
    - 第十九次会话：宾语的定语是用“、”连着的几个动词短语、后面有“的”的，中心语仍是前面动词的宾语（营造了重视学习、崇尚学习的
      热潮；履行好组织党员、教育党员的作用）；第一项是动词自己能带的宾语的，是两个动词短语，不报（发挥……优势、利用……渠道
      ……的工作）；加强（增强、强化）……水平（效率）在并列的前一项、后一项都报；培养……作用 → 发挥；提高……情操 → 陶冶；
      发挥……特色 → 保持、彰显（“发挥……特色优势”不报）；改进……问题 → 解决、整改。
      “把”提前的宾语也查：把……监督职责发挥好、把……作用履行到位、把……热潮营造起来（动词后面是“好、到位、起来、出来、得”
      或分句结束才算；“把党的建设提高到新水平”“把……作为……”不报）。
      主语和谓语：作用……得到履行 → 发挥；职责（义务）……得到发挥 → 履行。
    “提高/增强/提升”与“水平、能力、意识、作用”在正式文稿里都有人用，不报；只有战斗堡垒作用、先锋模范作用不能“提高、提升”（→ 发挥、增强）。
    名词不是宾语中心词的不报（“加强质量管理”“提高建设水平”“提高道路建设等级”“开展座谈会、报告会等活动”）；动词紧跟在另一个动词和“了、着”后面、名词前面是“的”的，动词和它后面的话是名词的定语，名词是前一个动词的宾语，不报（“强化了加强民族团结的责任感”）；动词前面隔一两个词有一个与名词搭配得上的动词、它在那个动词的宾语里的，只是定语，不报（“提升学生培养能力和水平”是“提升……水平”）；名词前面离它最近的
    是别的动词的不报（“履行职责、发挥作用”“召开座谈会、举办讲座”；“推动……工作上水平（迈上新水平、达到……先进水平）”的“水平”是“上、达到”的宾语）；宾语的定语里“在（于、对、从）……中（里、上、下、方面）”
    介词短语里的名词不是宾语（“提高……在法治建设工作中的政治领悟力”的宾语是“政治领悟力”），省了介词的“……中的、……上的”
    也一样（提高作风建设上的成效）；短语后面的中心词照样检查，动词本身在短语里的也照样检查（在提高党的建设上的经验）。
    宾语另有自己的动词的不报：动词和名词之间单独出现“创造、营造、形成、创设”（为实现……发展创造……氛围：“氛围”是“创造”的宾语；
    用“、和”连着的“改进、提高……水平”仍报）；“开展”紧挨着带起以动词命名的活动（深入开展学习践行……活动）；分句前面有
    “举行、召开、举办”带着会议、“开展”在会议名称里（举行……暨深入开展创先争优动员大会；“召开座谈会和开展动员会”仍报）；顿号后
    另起一个带宾语的动词短语（“解决困难、减轻负担”“发挥……优势、利用……渠道助推……的一项重点工作”；“解决困难、负担”仍报）。
    - 第十九次会话（gram32a）：职责、责任、义务是“履行”的，不是“奉行”的（奉行的是政策、原则）；水平、效率是“发挥、提高”的，
      不是“发扬”的，并列在后面也报（发扬了……作风和水平），也不是“完善、健全”的（完善的是机制、制度）；氛围不是“建立”的
      （→ 营造、形成）。

    ## 为什么
    动宾搭配不当是审稿人最常圈出的语病之一：作用只能“发挥”，职责只能“履行”，会议只能“召开”。

    ## 修复说明
    只作建议：换哪个动词要看上下文（“发挥职责”可改“履行职责”，也可改“发挥职能作用”）。用“和、及、与”并列的后一项不搭配的
    （提高……履职能力和工作作风），动词对前一项是对的，提示给后一项另配动词（提高……能力，改进……作风），不建议整个换掉。

    ## 依据
    《现代汉语词典》第7版“发挥”“履行”“营造”“掀起”“发扬”“召开”“加大”条；《中国共产党章程》；搭配表每行的出处。
    """

    code = "DJ442"
    name = "collocation"
    fix = "never"
    source = "《现代汉语词典》第7版；《中国共产党章程》；rules/phrase/data/collocations.tsv 每行出处"
    #: every verb of a wrong or short row of the table (tests check the two agree)
    VERBS = ("发挥", "履行", "营造", "掀起", "取得", "加强", "提高", "增强", "改善", "增加", "加大", "发扬", "落实", "开展",
             "践行", "坚强", "强化", "扩大", "提升", "做好", "召开", "筑牢", "参与", "参加", "遵守", "推进", "推动", "搭建", "改进", "深化", "弘扬", "承担", "担负",
             "肩负", "健全", "宣传", "普及", "收到", "培养", "增进", "加快", "树牢", "夯实", "加深", "开阔", "学习", "观看",
             "参观", "满足", "牢固", "调动", "减少", "打造", "丰富", "拓宽", "增长", "贯彻", "执行", "建立", "树立", "完成", "充实",
             "促进", "触动", "解决", "构建", "进行", "做到", "增大", "引导", "凝聚", "汇聚", "汇集", "集聚", "奠定", "打下",
             "响应", "巩固", "慰问", "认识到", "认识", "注重", "打破", "拓展", "制定", "举办", "举行", "实现", "依托", "加固", "作出", "做出", "拉开", "形成", "达到", "祭奠",
             "杜绝", "防止", "避免", "消除", "根除", "预防", "增多", "壮大", "完善", "奉行")
    #: no prefilter: every paragraph is read.  A finding holds one of VERBS (campaign_objects' 贯彻, find's faulty
    #: verbs), predicates.WORDS (unfit_predicates) or predicates.SUBJECT_WORDS (unfit_subjects), and each of the four first
    #: tests the paragraph for its own words (教育 and 贯彻, _ANY_WORD, _PREDICATE_AT_END, the table's verbs) and
    #: returns at once without them.  The words' alternation as a gate kept ~77% of the paragraphs of report prose,
    #: and its search of the document cost ~2.7 ms/MB; the four's tests on the other ~23% cost ~1 (speed44)
    prefilter = None

    @staticmethod
    def _fronted(p, ctx, table, text, tokens):
        """The pairs whose object 把 fronts (把……监督职责发挥好: :mod:`.ba_objects`)."""
        for s, e, verb, noun in ba_objects(table, text, tokens):
            if quoted_speech(ctx, p, s, e):
                continue
            instead, _note = table.wrong[(verb, noun)]
            more = "（或“" + "”“".join(instead[1:]) + "”）" if len(instead) > 1 else ""
            yield Finding(p, s, e, f"动宾搭配不当：“{noun}”不能“{verb}”，把“{verb}”改为“{instead[0]}”{more}")

    def check_paragraph(self, p, ctx):
        table = table_for(ctx.registry)
        text, _converted = reading(p, ctx)
        for s, e, message in campaign_objects(text) + unfit_predicates(text) + unfit_subjects(text):
            yield Finding(p, s, e, message)
        def tokens(cs, ce):
            return [(w, s + cs, e + cs) for w, s, e in ctx.doc.cut(text[cs:ce])]

        yield from self._fronted(p, ctx, table, text, tokens)
        told = set()
        for s, e, verb, noun, verdict in find(table, text, tokens):
            if (s, verb, noun) in told:
                continue  # 加强安全意识、责任意识: one verb, one finding for its conjuncts of the same noun
            told.add((s, verb, noun))
            if _quoted_apart(text, s, e) or quoted_speech(ctx, p, s, e):
                continue  # “践行雷锋精神”等主题宣讲活动 (the verb in a quoted title); a speaker's words are not rewritten
            if verdict == "short":
                head = table.short[(verb, noun)][0][0]
                yield Finding(p, s, e, f"宾语残缺：“{verb}……{noun}”缺中心语，“{noun}”后面补上“{head}”")
                continue
            if _named_climate(text, verb, e - len(noun)):
                continue  # 营造书香校园: a campus named by its reading climate, which is made as 氛围 is (prec437)
            instead, _note = table.wrong[(verb, noun)]
            if _own_verb_before(text, s + len(verb), e - len(noun), instead) or \
                    _noun_before_right_verb(text, s, s + len(verb), instead):
                continue  # 筑牢……基础广泛凝聚共识 (a headline without its comma): the noun has its own right verb
            if _object_of_another(text, s, e, verb, noun) or _clause_after_a_verb(text, s, e, noun, self.VERBS) or \
                    _inside_a_right_verbs_object(table, text, s, noun):
                continue
            more = "（或“" + "”“".join(instead[1:]) + "”）" if len(instead) > 1 else ""
            if _joined_object(text, s + len(verb), e - len(noun)):
                # 提高……履职能力和工作作风: the verb fits the first object; changing it would misfit that one (blind22)
                yield Finding(p, s, e, f"动宾搭配不当：并列的“{noun}”不能“{verb}”，给它另配动词“{instead[0]}”{more}"
                                       f"（{verb}……，{instead[0]}……{noun}）")
                continue
            yield Finding(p, s, e, f"动宾搭配不当：“{noun}”不能“{verb}”，把“{verb}”改为“{instead[0]}”{more}")
