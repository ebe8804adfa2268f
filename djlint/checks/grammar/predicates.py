"""DJ442, a noun with a predicate that does not fit it (session 11, from faults others published):
the subject or the modified noun is of a kind the predicate cannot describe.

- 榜样、楷模、标杆 are people: 事迹（精神、品质）是……榜样 says deeds are a model (→ 某某是……榜样,
  or 事迹为我们树立了榜样); 以……事迹为榜样 has no 是 and stays silent;
- 浓厚 describes an atmosphere, a taste or an interest (氛围、风气、兴趣、色彩), not a spirit or an ardour:
  精神日益浓厚、积极性浓厚 (→ 风气日益浓厚, 积极性高涨);
- a task (目标、职责) is something to do, not a question: 任务是如何……的问题;
- 气温 is a reading, high or low, not hot or cold: 酷热的气温、气温炎热 (→ 高温, 气温很高);
- conjunctions that go in pairs (关联词): 只有 (the one condition) with 才, 只要 (a condition enough) with 就;
  只有……，就…… and 只要……，才…… mix the two (只有一个目标，就是……、只有投入没有产出，就…… are 只有 the verb
  “have only” and stay silent);
- 不仅……，而是…… (不仅 goes with 而且, 而是 with 不是) and 即使……，但…… (即使 goes with 也, 但 with 虽然);
- 走上 takes a road (道路、轨道、岗位), not a state: 走上机械化、集体化 lacks its head (→ ……的道路);
- session 12 (faults19–21): 秋天的北京是……季节 (a place is no season), 某某同志……被评为“……先进单位” (a person is no
  unit), 推进和发展……进程 (进程 is pushed on, not developed);
- session 14 (blind16, faults19): the verb–object table's classes said of a subject (水平……得到增强, 覆盖面……提高,
  满意度……增强, 差距……减少, 视野……提高, 氛围……增强, 环境……提高), the predicate ending the clause; 价格……缩小到;
- session 15 (blind17): the wrong predicate second of two joined (满意度得到了明显提高和增强), not after a subject joined
  to another (能力和水平得到提高和增强: each noun its predicate); 效率……快（慢） (an efficiency is high or low);
  广度……高 (blind14: a breadth is wide or narrow);
- session 19 (gram32c, faults29/30): a quantity (产量、发电量) is no goods: ……量，除……外，还销往（输送）……; 抗争 takes
  no object: 抗争瘟疫（病魔、灾害） (→ 抗击, 与……抗争).
"""
from __future__ import annotations

from ...engine.kinds import compile_
from ...util import rx
from ...util.trie import trie_pattern

#: (regex, message): each regex over one clause, no mark between its two words
_PAIRS = (
    (compile_(r"(?P<n>事迹|精神|品质|品格|言行)(?:[^，,。；;！？!?：:“”]{0,3}?)(?:都|也|正|就|无疑|永远)?(?:是|成为|堪称)"
              r"[^，,。；;！？!?：:“”]{0,16}?(?P<o>榜样|楷模|标杆)(?![作的])"),
     "主宾搭配不当：“{n}”不能是“{o}”，{o}是人；改为“某某是……的{o}”，或“……的{n}为我们树立了{o}”"),
    (compile_(r"(?P<n>精神|热情|积极性|干劲)(?:日益|日渐|越来越|更加|愈加|愈发|十分|很|非常|较为|比较)?(?P<o>浓厚|浓郁)"),
     "主谓搭配不当：“{o}”说的是氛围、风气、兴趣，不说“{n}”；改为“风气（氛围）日益{o}”，或把“{o}”改为“高涨（发扬光大）”"),
    # 任务是如何……的问题: a task is to do something, a question is what is asked (→ 摆在……面前的是……的问题,
    # or 任务是……); 任务是解决……的问题 has its verb and stays silent
    (compile_(r"(?P<n>任务|目标|目的|职责)(?:就|正|主要)?是(?:如何|怎样|怎么)[^，,。；;！？!?：:“”]{2,30}?的(?P<o>问题)"),
     "主宾搭配不当：“{n}是……的{o}”，{n}不是{o}；删去“{n}”（摆在……面前的是……的{o}），或删去“的{o}”"),
    (compile_(r"(?P<o>酷热|炎热|闷热|寒冷|严寒)的?(?P<n>气温)|(?P<n2>气温)(?:十分|很|非常|特别|极其|异常|较为)?(?P<o2>酷热|炎热|闷热|寒冷|严寒)"),
     "搭配不当：“气温”只论高低，不说“{o}”；改为“高温（低温）”或“气温很高（很低）”"),
    (compile_(r"(?P<n>只有)(?![一两几这那个件条点])(?![^，,。；;！？!?]*?(?:没有|而无|缺乏|缺少|而不))[^，,。；;！？!?才]{2,30}[，,][^，,。；;！？!?]{0,8}?(?<![成造迁将])(?P<o>就)(?![是业地近职诊医餐读座位绪算此])"
              # (只有[A推进一步，B就跟进一步]，才能……: the 就 is inside the condition, 才 answers 只有)
              r"(?![^。；;！？!?]*?[，,][^。；;！？!?]*?才)"),
     "关联词搭配不当：“{n}”与“才”搭配，“{n}……就……”把两种条件说法混在一起；把“就”改为“才”，或把“{n}”改为“只要”"),
    (compile_(r"(?P<n>只要)[^，,。；;！？!?]{2,30}[，,][^，,。；;！？!?]{0,8}?(?<![人天英口奇干蠢庸将刚方])(?P<o>才)"),
     "关联词搭配不当：“{n}”与“就”搭配，“{n}……才……”把两种条件说法混在一起；把“才”改为“就”，或把“{n}”改为“只有”"),
    # 不仅 (not only) goes with 而且、还、也, 不是 with 而是: 不仅……，而是…… mixes the two (yubing19; faults20 had two)
    (compile_(r"(?P<n>不仅仅|不仅|不单单|不单|不只)[^，,。；;！？!?]{2,40}[，,](?P<o>而是)"),
     "关联词搭配不当：“{n}”与“而且（还、也）”搭配，“而是”与“不是”搭配；把“{n}”改为“不是”，或把“{o}”改为“而且”"),
    # 即使 (even if) goes with 也: 即使……，但…… mixes it with 虽然……，但…… (faults21)
    (compile_(r"(?P<n>即使|即便|纵使|纵然|哪怕)[^，,。；;！？!?]{2,30}[，,](?P<o>但是|但|可是)(?![^，,。；;！？!?]{0,12}?也)"),
     "关联词搭配不当：“{n}”与“也”搭配，“{o}”与“虽然”搭配；把“{o}”改为“也”，或把“{n}”改为“虽然”"),
    # a season is a time, not a place: 秋天的北京是美丽的季节 says the city is a season (→ 北京的秋天是……的季节;
    # faults19, faults21 had the shape); 北京的秋天是……季节 and 秋天是……季节 stay silent
    (compile_(r"(?P<n>(?:春|夏|秋|冬)(?:天|季)的[一-龥]{1,6}?)(?:就|正|也|都|无疑|可以说)?是"
              r"[^，,。；;！？!?：:“”的]{0,12}?的?(?P<o>季节)"),
     "主宾搭配不当：“{n}”是地方或事物，不是“{o}”；改为“……的秋天（春天）是……的{o}”"),
    # a person is not a unit: 某某同志……被评为“先进单位（先进集体、先进党支部）” (faults19); silent where the unit is the
    # subject (某某同志所在的支部、在某某同志带领下支部、……，支部被评为) or the honour is a person's (先进个人、优秀党员)
    (compile_(r"(?<![一-龥])(?P<n>(?!全|广大|各|所有|在座|其他|其余|部分|党员|干部|机关|支部|基层|一线|青年|老|女|男|新)"
              r"(?:(?![批些位名个])[一-龥]){2,3}同志)(?!们)"
              r"(?:(?!所|带|领导|的|和|与|及|使|让|共同|一起|一道|(?:支部|党委|党组|班子|集体|单位|团队)(?!书记|副书记|委员|成员))"
              r"[^。；;！？!?，,]){0,30}?[，,]?"
              r"(?:多次|先后|连续|曾经|曾|均|还|也|又|再次|屡次|年年)*(?:被评为|被授予|荣获|获评|被表彰为)"
              r"[“]?(?P<o>[^，,。；;！？!?“”]{0,12}?(?:先进集体|集体|单位|党支部|党组织|党委))[”]?(?![成员书记的])"),
     "主宾搭配不当：“{n}”是个人，不能被评为“{o}”；改为“……所在的支部（单位）被评为……”，或改评个人称号"),
    # 进程 is pushed on or sped up, not developed: 推进和发展……进程 gives 发展 an object it cannot take (faults20; not
    # where 进程 sits inside the object's modifier: 推进和发展改革进程中的各项事业;
    # with the two verbs before 质量和水平 in :mod:`.collocation_search`, two verbs sharing one object)
    (compile_(r"(?:推进|推动|加快|加速|促进)(?:和|与|、|并)(?P<n>发展)[^，,。；;！？!?：:“”]{0,20}?(?P<o>进程)(?![中里的之])"),
     "动宾搭配不当：“{o}”只能“推进、加快”，不能“{n}”；删去“和{n}”"),
    # a price is high or low, not wide: 售房价格由……1500元缩小到……1200元 (faults19; → 降低); not a gap or a range of
    # prices (价格差距缩小, 价格波动范围扩大: the head is 差距、范围)
    (compile_(r"(?P<n>价格|(?:房价|售价|单价|票价|电价|水价)(?!格))(?:(?!差|距|范围|幅度|区间|波动|空间|比|面|规模|影响)"
              r"[^，,。；;！？!?：:“”]){0,20}?(?P<o>缩小|扩大)"),
     "主谓搭配不当：“{n}”只论高低，不能“{o}”；把“{o}”改为“降低”（或“提高”）"),
    # an efficiency is high or low, a speed fast or slow: 工作标准不高、效率不快 (blind17; → 效率不高); 效率慢慢提高 has
    # 慢慢 the adverb, the predicate must close the clause
    (compile_(r"(?P<n>效率)(?:还|也|都|仍|仍然|依然|总体)?(?:不够|不太|不|较为|较|很|太|偏|过于|比较|特别|非常|更加|更)?"
              r"(?P<o>快|慢)(?=[，,。；;！？!?、）)]|$)"),
     "主谓搭配不当：“{n}”只论高低，不说快慢；把“{o}”改为“高（低）”，或说“速度{o}”"),
    # a breadth is wide or narrow (《现汉》“广度”：广狭的程度), not high or low: 学习的深度和广度还不够高 (blind14;
    # → 还不够); 高度、深度 are not in it
    (compile_(r"(?P<n>广度)(?:还|也|都|仍|仍然|依然)?(?:不够|不太|不|较为|较|很|太|偏|过于|比较|特别|非常|更加|更)?"
              r"(?P<o>高|低)(?=[，,。；;！？!?、）)]|$)"),
     "主谓搭配不当：“{n}”只论宽窄，不说高低；删去“{o}”（广度还不够），或改为“宽（窄）”"),
    # an event's being held is not warm: 集体学习的召开十分热烈 (gram27; the meeting's 气氛 is; → 会议气氛十分热烈)
    (compile_(r"的(?P<n>召开|举行|举办)(?:十分|非常|很|格外|特别|极为|异常|相当)?(?P<o>热烈)"),
     "主谓搭配不当：“……的{n}”不能说“{o}”，{o}的是气氛、场面；改为“……气氛{o}”"),
    # a quantity is no goods to ship: 发电量，除了供给本地外，还向外地输送; 生产量……除供应本省外，还销往…… (faults29;
    # → 发的电、生产的蔬菜); 生产的蔬菜，除……外，还销往 has the goods the subject and stays silent, as does 产量除满足……
    # 外，还有结余 (no verb of shipping)
    (compile_(r"(?P<n>(?:发电|生产|产|出产|养殖|种植|加工|出栏|出口)量)(?:[^，,。；;！？!?：:“”]{0,6})[，,]?除了?"
              r"[^。；;！？!?：:“”]{1,24}?(?:以外|之外|外)[，,]?(?:还|也|并)(?:[向往到][^，,。；;！？!?：:“”]{1,8}?)?"
              r"(?:大量|部分|批量)?(?P<o>销往|输送|运往|出口|外销|远销|调往|送往)"),
     "主谓搭配不当：“{n}”是个数量，不能“{o}”；改用“生产的××”“发的电”一类的物作主语"),
    # 抗争 (对抗、斗争) takes no object: 从未停止抗争瘟疫的脚步 (faults30; → 抗击, or 与……抗争); the noun right after it,
    # so 与病魔抗争、在抗争中战胜了病魔、抗争精神 stay silent
    (compile_(r"(?P<n>抗争)(?:了|过)?(?P<o>瘟疫|疫情|疫病|病魔|(?:自然|洪涝|地质)?灾害|洪水|洪灾|洪涝|旱灾|干旱|台风)"),
     "动宾搭配不当：“{n}”不带宾语，不能“{n}{o}”；改为“抗击（战胜）{o}”，或“与{o}抗争”"),
    (compile_(r"(?P<n>走上)了?(?P<o>(?:[^，,。；;！？!?：:“”、的]{1,12}?化、)*[^，,。；;！？!?：:“”、的]{1,12}?化)(?=[，,。；;！？!?]|$)"),
     "宾语残缺：“{n}{o}”缺中心语，后面补上“的道路”"),
)

#: subjects said with a predicate of the wrong kind (session 14, blind16, faults19): (nouns, predicates, what the nouns
#: are measured by, the predicates to use).  A level, a quality or an efficiency is high or low (《现汉》“提高”：使位置、
#: 程度、水平、数量、质量等方面比原来高), never strong: 收入水平得到显著增强 (→ 提高、提升); a scale or a range is large or
#: small, a rate high or low, a gap wide or narrow, a view wide or narrow, an atmosphere thick or thin, surroundings good
#: or bad: the verb–object table's classes, said of a subject.  Not 力度 (……改造力度有待加强 stands in an edited report),
#: 程度 (程度加深), 质量 with 增加 (a mass increases), 规模提升 (an edited report's slogan: 结构优化、规模提升、效益提高),
#: 环境……提升 (人居环境……全面提升 in edited reports, 整治提升 names a campaign)
_SUBJECT_PREDICATES = (
    ("水平 质量 效率", "增强 加强 强化 加大 扩大 增大 深化 加深", "只论高低", ("提高", "提升")),
    ("规模 范围 覆盖面", "提高 增强 加强 加快", "只论大小", ("扩大",)),
    # (增多, gram16: 满意度明显增多; a rate does not grow in number)
    ("重视程度 满意度 满意率 知晓率 知晓度 覆盖率 参与率 参与度 合格率 达标率", "增强 加强 强化 加大 增多", "只论高低", ("提高",)),
    ("差距", "减少 减小 降低", "只论大小", ("缩小",)),
    ("视野 眼界 知识面", "提高 提升 增强 加大", "只论宽窄", ("开阔", "拓宽")),
    ("氛围 气氛", "增强 加强 提高", "只论浓淡", ("浓厚",)),
    ("环境 面貌", "提高", "只论好坏", ("改善",)),
    # gram16: an awareness is high or low (政治觉悟不断加强: 《现汉》“觉悟”例：提高觉悟; not 增强, said in edited
    # text), a cohesion strong or weak (凝聚力得到改善: 党章总纲“增强……凝聚力”); each noun in one row only (a dict by noun)
    ("觉悟", "加强 强化", "只论高低", ("提高",)),
    ("凝聚力 战斗力 向心力 号召力 创造力", "改善", "只论强弱", ("增强",)),
    # gram27: a count is more or fewer (党员人数都有了明显提高: 《现汉》“增加”：在原有的基础上加多), an effect better or
    # worse, not bigger (执行效果明显加大), contents rich or thin (内容日益提高), a manner good or bad, not simpler
    # (服务态度进一步简化)
    ("人数", "提高 提升 增强 加强 强化", "只论多少", ("增加",)),
    ("效果", "加大 增大 扩大", "只论好坏", ("提升", "增强")),
    ("内容", "提高 提升 增强 加强 加大", "只论多少、好坏", ("丰富", "充实")),
    ("态度", "简化 精简 加快", "只论好坏", ("改善", "端正")),
    # gram32b: the verb–object pairs of issue 32 said as subject and predicate (作用得到充分履行, 监督职责得到有效发挥);
    # in the edited and published reports 作用得到……发挥 and 职责履行 stand, both right
    ("作用", "履行", "是“发挥”的", ("发挥",)),
    ("职责 义务", "发挥", "是“履行”的", ("履行",)),
)
#: noun -> (its wrong predicates, the message)
_SP_OF = {n: (frozenset(verbs.split()), f"主谓搭配不当：“{{n}}”{kind}，不能“{{o}}”；把“{{o}}”改为“{instead[0]}”"
              + ("（或“" + "”“".join(instead[1:]) + "”）" if len(instead) > 1 else ""))
          for nouns, verbs, kind, instead in _SUBJECT_PREDICATES for n in nouns.split()}
#: all of them in one scan (one regex, not one per row: DJ442 reads most paragraphs): the noun right before the
#: predicate but for 得到、有所 and an adverb (质量意识不断增强: the head is 意识), the predicate ending the clause
#: (提高质量加强基础管理: 加强 has an object of its own)
#: the predicates of all the rows, and where one closes its clause
_PREDICATES = frozenset(v for vs, _m in _SP_OF.values() for v in vs)
_PREDICATE = trie_pattern(_PREDICATES)
_CLAUSE_END = r"了?(?=[，,。；;！？!?、）)]|$)"
_SUBJECT_PREDICATE = rx.stdlib(
    f"(?P<n>{trie_pattern(_SP_OF)})(?:也|都|均|还|正)?(?:得到|有所|有了|获得)?了?"
    r"(?:不断|持续|进一步|日益|逐步|逐年|稳步|显著|明显|大幅|大大|全面|有效|切实|充分|明显地|显著地|大幅度|有待|亟待|亟需|需要)?"
    # (群众满意度得到了明显提高和增强, blind17: two predicates joined, the later one wrong)
    f"(?:(?P<o1>{_PREDICATE}|提升)(?:和|与|、|并|及)(?=(?:{_PREDICATE})))?(?P<o>{_PREDICATE}){_CLAUSE_END}")


#: the verbs of shipping goods that a quantity cannot do (产量……还销往)
_SHIP = ("销往", "输送", "运往", "出口", "外销", "远销", "调往", "送往")
#: words one of which each pattern needs (a paragraph without any is not searched)
WORDS = ("榜样", "楷模", "标杆", "浓厚", "浓郁", "气温", "走上", "的问题", "只有", "只要", "不仅", "不单", "不只", "即使", "即便",
         "纵使", "纵然", "哪怕", "季节", "评为", "授予", "荣获", "获评", "表彰为", "进程", "价格", "房价", "售价", "单价", "票价",
         "电价", "水价", "效率", "广度", "热烈", *_SHIP, "抗争")
#: the predicates of _SUBJECT_PREDICATE (what the rule's prefilter needs for :func:`unfit_subjects`)
SUBJECT_WORDS = tuple(sorted(_PREDICATES))


#: the words one of which each pattern of _PAIRS needs, in their order (WORDS is their union): a paragraph that
#: holds some word of WORDS is searched only with the patterns whose words it holds (只有 stands in ~6% of
#: report paragraphs, the other eleven patterns were searched there for nothing)
_NEEDS = (("榜样", "楷模", "标杆"), ("浓厚", "浓郁"), ("的问题",), ("气温",), ("只有",), ("只要",), ("不仅", "不单", "不只"),
          ("即使", "即便", "纵使", "纵然", "哪怕"), ("季节",), ("评为", "授予", "荣获", "获评", "表彰为"), ("进程",),
          ("价格", "房价", "售价", "单价", "票价", "电价", "水价"), ("效率",), ("广度",), ("热烈",), _SHIP, ("抗争",), ("走上",))

#: any of WORDS: one search of the paragraph, not an ``in`` test a word (DJ442 reads most paragraphs)
_ANY_WORD = rx.stdlib("|".join(WORDS))


def unfit_predicates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) of each noun said with a predicate of another kind."""
    if _ANY_WORD.search(text) is None:
        return []
    out = []
    for (regex, message), needs in zip(_PAIRS, _NEEDS):
        for w in needs:
            if w in text:
                break
        else:
            continue  # none of the words every match of the pattern holds
        for m in regex.finditer(text):
            g = {k: v for k, v in m.groupdict().items() if v}
            n, o = g.get("n") or g.get("n2"), g.get("o") or g.get("o2")
            out.append((m.start(), m.end(), message.format(n=n, o=o)))
    return out


#: the predicates closing a clause (every match of _SUBJECT_PREDICATE ends with one): most paragraphs have none, and
#: the subjects' trie (水平、质量、效率 …) is searched only where one stands
_PREDICATE_AT_END = rx.stdlib(f"(?:{_PREDICATE}){_CLAUSE_END}")


#: a subject joined to another just before it, in the same clause (能力和业务水平)
_JOINED_SUBJECT = compile_(r"[和与、及][^，,。；;！？!?：:]*$")


def unfit_subjects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) of each subject said with a predicate of the wrong kind (水平……得到增强)."""
    if _PREDICATE_AT_END.search(text) is None:
        return []
    out = []
    for m in _SUBJECT_PREDICATE.finditer(text):
        verbs, message = _SP_OF[m.group("n")]
        if m.group("o1") and _JOINED_SUBJECT.search(text, max(0, m.start() - 8), m.start()):
            continue  # (履职)能力和(业务)水平得到提高和增强: two subjects, two predicates, each its own
        if m.group("o") in verbs:
            said = message.format(n=m.group("n"), o=m.group("o"))
            if m.group("o1"):
                said += f"，或删去“{m.group('o')}”（前面已有“{m.group('o1')}”）"
            out.append((m.start(), m.end(), said))
    return out
