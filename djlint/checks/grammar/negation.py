"""DJ446 否定不当: a negative after a verb that already negates (避免不出现), and 无时无刻 without 不."""
from __future__ import annotations

from ...util import zh
from .base import SOURCE_TEXTBOOK, Pattern, PatternsRule

#: verbs that already mean “keep from happening”
_PREVENT = r"(?P<verb>防止|避免|杜绝|严防|谨防|预防|以免|以防(?!止)|免得|防范|切忌|阻止|制止|遏制|遏止|禁止|严禁)"
_PREVENT_WORDS = ("防止", "避免", "杜绝", "严防", "谨防", "预防", "以免", "以防", "免得", "防范", "切忌", "阻止", "制止", "遏制",
                  "遏止", "禁止", "严禁")
#: the neutral event a wrong 不 negates: 避免不出现, 防止……不要再次发生 (不作为、不到位、不落实 name
#: the bad thing itself and stay silent: 防止工作不到位 is right)
_EVENT = r"(?:发生|出现|产生|重演|重犯|再犯|蔓延|反弹|滋生|回潮|反复|出错|犯错|违纪|违规|违法|流失|泄露|泄漏|演变|演化|激化|升级|恶化)"
_NEG = r"(?P<neg>不再|不要|不会|不能|不|没有|未)"
#: a harm one is kept from (受……污染): 防止……不受污染 says the opposite; 避免……不受重视 names the bad thing
#: (防止……不受约束地利用职权: 不受约束地 is the manner of the bad thing, not a harm suffered); 忽视、漠视 (gram16:
#: 防止群众的诉求不被忽视) are harms too, 不被重视、不被回应 the bad thing itself and stay silent
_HARM = r"(?:污染|侵蚀|侵害|影响|干扰|损害|损失|破坏|伤害|腐蚀|侵犯|冲击|威胁|感染|蒙蔽|围猎|诱惑|占领|攻破|渗透|拉拢|收买|利用|裹挟|策反|忽视|漠视|冷落|歪曲|曲解|误导)"


# 否认……不存在 (session 10) as 否认……没有: the double negative turns the meaning round


def _not_quoted(text, m, ctx, p) -> bool:
    """Not inside a quoted name (“五禁止、十不准”规定): an open quote before the match in its paragraph."""
    return text.count("“", 0, m.start()) <= text.count("”", 0, m.start())


#: what a 把 sentence does to its object, ending the clause: 把……没有做好 puts the negative after the object,
#: where it must stand before 把 (黄伯荣、廖序东《现代汉语》“把”字句：否定词、能愿动词放在“把”前)
_BA_VERBS = (r"做好|搞好|办好|抓好|管好|干好|处理好|落实好|安排好|做完|完成|落实到位|整改到位|落实|解决|处理|放在心上|"
             r"当回事|当成一回事|当作一回事|搞清楚|弄清楚|讲清楚|说清楚|弄清|搞清|理顺")


PATTERNS = (
    # 把工作没有做好, 把……不努力搞好 (not 一把手, 把关, 把握: no 把 of 把……; not 把整改不落实的问题……, 把工作不落实、
    # 作风不扎实等问题……: a list of faults named, the verb does not end the clause)
    # (the test of the character before after 把, not before it: a pattern that begins with a lookbehind is tried at
    # every character, one that begins with 把 is searched from one 把 to the next)
    Pattern(r"把(?<![" + zh.NUMERAL_CHARS + r"两几这那哪]把)(?!关|握|控|脉|手|持|守|玩|戏|柄|式|头|门|子|稳)"
            r"(?P<obj>[^，,。；;！？!?：:、“”（）()不没未]{1,20}?)(?P<neg>不|没有|没|未)(?:认真|努力|及时|真正|切实|好好|能|曾)?"
            r"(?P<v>" + _BA_VERBS + r")(?=[，,。；;！？!?]|$|了)",
            "否定词位置不当：否定词“{neg}”应放在“把”前面（{neg}把……{v}），不放在“把”的宾语后面", needs=("把",),
            also=("不", "没", "未")),
    Pattern(_PREVENT + r"[^，,。；;！？!?：:]{0,25}?" + _NEG + r"(?:再次|再度|再)?" + _EVENT,
            "否定不当：“{verb}”本身含否定意思，再用“{neg}”意思就反了；删去“{neg}”", needs=_PREVENT_WORDS),
    Pattern(_PREVENT + r"[^，,。；;！？!?：:]{0,25}?(?P<neg>不受|不被)(?:(?!约束地|限制地|监督地|节制地|制约地)[^，,。；;！？!?：:]){0,10}?" + _HARM,
            "否定不当：“{verb}”本身含否定意思，再用“{neg}”意思就反了；把“{neg}”改为“受到（被）”，或把“{verb}”改为“确保”", needs=_PREVENT_WORDS),
    Pattern(r"(?<![不无难])(?P<verb>否认)[^，,。；;！？!?：:]{0,20}?(?P<neg>没有|不是|并非|未曾|不曾|不存在)",
            "否定不当：“否认”本身含否定意思，再用“{neg}”意思就反了；删去“{neg}”，或把“否认”改为“承认”",
            needs=("否认",)),
    Pattern(r"(?P<verb>切忌|切勿)(?P<neg>不要|别|不可)", "否定不当：“{verb}”就是“千万不要”，再用“{neg}”意思就反了；删去“{neg}”",
            needs=("切忌", "切勿")),
    # 严禁（禁止、忌）already says “must not”: a 不得（不准、不许、不可）after it in the clause makes it
    # “must not not” (严禁上级部门不得干预 → 严禁上级部门干预; 一忌睡前不可饱食 → 一忌睡前饱食);
    # 不可 naming the thing itself (不可降解、不可回收) stays silent
    # (禁止区、禁止令、禁止性规定 are names of a zone, an order, a kind: 禁止区内不得…… is no double negative)
    Pattern(r"(?:(?<!" + zh.NUMERAL + r")(?P<verb>严禁|禁止(?![区令性类标])|切忌|切勿)|(?<=[" + zh.NUMERAL_CHARS + r"大最])(?P<verb>忌))[^，,。；;！？!?：:“”、]{0,20}?"
            r"(?P<neg>不得|不准|不许|不要|不可(?!降解|回收|再生|抗|逆|替代|或缺|分|多得|思议|估量|忽视|移|能|一世|小觑))",
            "否定不当：“{verb}”本身就是“不准”，再用“{neg}”成了双重否定，意思反了；删去“{neg}”", accept=_not_quoted,
            needs=("严禁", "禁止", "切忌", "切勿", "忌")),
    # 三忌：一是……不要…… (a count of 忌 before a colon, its first item said with 不要): the items are what to avoid,
    # and 不要 in them avoids the opposite (三忌：一是睡前不要生气 → 一是睡前生气, or 三不要：; faults19, the colon
    # form of 一忌……不可 above, which faults23's 切忌不要 shares); 三忌：一忌浮躁 and 忌：不调查就拍板 stay silent
    Pattern(r"(?<=[" + zh.NUMERAL_CHARS + r"大])(?P<verb>忌)[：:](?:一是|一要|其一[，,：:]?|一[、.．]?)?"
            r"[^，,。；;！？!?：:“”、]{0,12}?(?P<neg>不得|不准|不许|不要|不可|不能|切勿|千万别|别)",
            "否定不当：“{verb}”后面列的是要避免的事，项里再用“{neg}”意思就反了；删去各项的“{neg}”，或把“{verb}”改为“不要”（三忌 → 三不要）",
            needs=("忌",)),
    # 没有谁不……V不出: three negatives make a negative, the opposite of what is meant
    Pattern(r"(?P<neg>没有|没)(?:谁|人|哪个人|一个人|任何人)不(?:会|能|可能)?[^，,。；;！？!?“”]{1,4}?不(?:出|到|了|来|懂|清)",
            "否定不当：“{match}”用了三个否定词，意思成了否定，与要说的相反；删去一个“不”",
            needs=("没有", "没")),
    # 很难想象……怎么能……呢: “hard to imagine” and a rhetorical question (“surely it cannot”) are two negatives,
    # and the sentence says the thing is easy to imagine (不难想象……怎么能……呢, or 很难想象……还能……)
    Pattern(r"(?P<neg>很难|难以|无法|不能)想[像象][，,]?[^。！？!?；;]{2,50}?(?P<q>怎么能|怎能|怎么会|怎会|岂能|如何能|又怎能|哪能)"
            r"[^。！？!?；;]{1,40}?[呢吗][？?]",
            "否定不当：“{neg}想象”与反问“{q}……”两个否定叠在一起，意思反了；改为“不难想象”，或把反问改为陈述"
            "（“……还能……”）", needs=("想象", "想像")),
    # 劝阻青少年戒烟: 劝阻 (keep from doing) with an object that is itself giving up a harm (戒烟、戒毒); 停止、放弃
    # are not: 禁止擅自停止供水、避免中途放弃 keep one from a real loss
    Pattern(r"(?P<verb>劝阻|阻止|制止|禁止|防止)(?P<who>[^，,。；;！？!?：:、和与及或]{0,8}?)(?P<act>戒烟|戒酒|戒毒)",
            "否定不当：“{verb}”是不让做，“{act}”本身是不做，合起来意思反了；把“{verb}”改为“劝导（督促）”，或把“{act}”改为要阻止的事",
            needs=("戒烟", "戒酒", "戒毒")),
    Pattern(r"无时无刻(?!不)(?:地|都|在|的)?",
            "否定不当：“无时无刻”须与“不”连用（无时无刻不在……），或改为“时时刻刻”"),
    Pattern(r"无时无刻不忘(?!记)|无时无刻不忘记",
            "否定不当：“无时无刻不忘”意思是“时时都忘”，应为“时刻不忘”或“无时无刻不在想着”", needs=("无时无刻",)),
)


class Negation(PatternsRule):
    """语病：否定不当（避免不出现、防止……不再发生、无时无刻地、切忌不要）

    ## 检查内容
    - “防止、避免、杜绝、严防、预防、以免、切忌”本身含否定意思，同一分句里再用“不、不再、不要、没有”去否定
      “发生、出现、产生、重演”等，意思就反了：避免不出现 → 避免出现；
      否定词本身是所防止的坏事的不报：防止工作不到位、杜绝为官不为、避免“找不清、理还乱”；
    - “防止、避免”后面又用“不受、不被”：防止党员干部不受不良风气侵蚀 → 防止党员干部受到不良风气侵蚀
      （或：确保党员干部不受……）；
    - “阻止、制止、遏制、禁止、严禁”同上：遏制……不再发生 → 遏制……再次发生；“严禁不按规定办事”不报（“不按规定”是所禁止的事）；
    - “否认……没有（不是）”：否认自己没有参与 → 否认自己参与过；“不可否认，……没有……”不报；
    - “严禁、禁止、切忌、一忌”后面同一分句里又用“不得、不准、不许、不要、不可”：严禁各级党组织不得违规收礼 →
      严禁各级党组织违规收礼；一忌工作中不可马虎 → 一忌工作中马虎。“严禁……，不得……”分在两个分句的不报，
      “不可降解、不可回收”说的是东西本身，不报，引号里的名称（“五禁止、十不准”）不报；
    - 第十二次会话：冒号前说“三忌（几忌）”，冒号后各项又用“不要、不可、不得”：三忌：一是不要居高临下 → 一是居高临下
      （或改说“三不要”）；各项用“一忌……”、只用“不……”说所忌之事的不报；“防止（严防）……不被（不受）”又加了占领、攻破、
      渗透、拉拢、收买、利用、裹挟、策反、忽视、漠视，“不受约束地（限制地、监督地）……”是坏事的方式，不报；
    - 三重否定“没有谁不会……不了（不出）”：意思成了否定 → 没有谁会……不了；
    - “无时无刻”后面没有“不”：无时无刻都在 → 无时无刻不在（或：时时刻刻都在）。
    - “很难想象（难以想象）”后面又用反问“怎么能……呢？”：两个否定，意思反了（不难想象……怎么能……呢）；
      “劝阻（阻止、禁止）……戒烟（戒酒、戒毒）”：不让人戒烟，意思反了（→ 劝导）。
    - “把”字句的否定词放在了宾语后面：把任务没有落实到位 → 没有把任务落实到位，把自身建设不认真抓好 → 不把……抓好
      （只查分句以“做好、抓好、落实到位、解决、放在心上”这类结果收尾的；“把整改不落实的问题……”“把工作不落实、
      作风不扎实等问题……”是在列举问题，“一把手”“把关”不报）。
    “难免”加“不”（难免不出差错）有语文辞书认可，不报。

    ## 为什么
    多一个否定词，意思正好说反；这类错误审稿人一眼就能看出，送审前必须改掉。

    ## 修复说明
    只作建议：删去多余的否定词。

    ## 依据
    黄伯荣、廖序东《现代汉语》病句类型“否定不当”、“把”字句（否定副词、能愿动词放在“把”前面）；《现代汉语词典》第7版
    “无时无刻”条（后面跟“不”连用）。
    """

    code = "DJ446"
    name = "negation"
    fix = "never"
    source = "《现代汉语词典》第7版“无时无刻”；" + SOURCE_TEXTBOOK
    triggers = ("忌", "没有", "没", "防止", "避免", "杜绝", "严防", "谨防", "预防", "以免", "以防", "免得", "防范", "切忌", "切勿", "无时无刻", "阻止", "制止", "遏制", "遏止", "禁止",
                "严禁", "否认", "想象", "想像", "戒烟", "戒酒", "戒毒", "把")
    patterns = PATTERNS
