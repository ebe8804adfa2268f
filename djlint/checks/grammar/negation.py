"""DJ446 否定不当: a negative after a verb that already negates (避免不出现), and 无时无刻 without 不."""
from __future__ import annotations

from .base import SOURCE_TEXTBOOK, Pattern, PatternsRule

#: verbs that already mean “keep from happening”
_PREVENT = r"(?P<verb>防止|避免|杜绝|严防|谨防|预防|以免|以防(?!止)|免得|防范|切忌)"
_PREVENT_WORDS = ("防止", "避免", "杜绝", "严防", "谨防", "预防", "以免", "以防", "免得", "防范", "切忌")
#: the neutral event a wrong 不 negates: 避免不出现, 防止……不要再次发生 (不作为、不到位、不落实 name
#: the bad thing itself and stay silent: 防止工作不到位 is right)
_EVENT = r"(?:发生|出现|产生|重演|重犯|再犯|蔓延|反弹|滋生|回潮|反复|出错|犯错|违纪|违规|违法|流失|泄露|泄漏)"
_NEG = r"(?P<neg>不再|不要|不会|不能|不|没有|未)"
#: a harm one is kept from (受……污染): 防止……不受污染 says the opposite; 避免……不受重视 names the bad thing
_HARM = r"(?:污染|侵蚀|侵害|影响|干扰|损害|损失|破坏|伤害|腐蚀|侵犯|冲击|威胁|感染|蒙蔽|围猎|诱惑)"


PATTERNS = (
    Pattern(_PREVENT + r"[^，,。；;！？!?：:]{0,25}?" + _NEG + r"(?:再次|再度|再)?" + _EVENT,
            "否定不当：“{verb}”本身含否定意思，再用“{neg}”意思就反了；删去“{neg}”", needs=_PREVENT_WORDS),
    Pattern(_PREVENT + r"[^，,。；;！？!?：:]{0,25}?(?P<neg>不受|不被)[^，,。；;！？!?：:]{0,10}?" + _HARM,
            "否定不当：“{verb}”本身含否定意思，再用“{neg}”意思就反了；把“{neg}”改为“受到（被）”，或把“{verb}”改为“确保”", needs=_PREVENT_WORDS),
    Pattern(r"(?P<verb>切忌|切勿)(?P<neg>不要|别|不可)", "否定不当：“{verb}”就是“千万不要”，再用“{neg}”意思就反了；删去“{neg}”",
            needs=("切忌", "切勿")),
    Pattern(r"无时无刻(?!不)(?:地|都|在|的)?",
            "否定不当：“无时无刻”须与“不”连用（无时无刻不在……），或改为“时时刻刻”", needs=("无时无刻",)),
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
    - “无时无刻”后面没有“不”：无时无刻都在 → 无时无刻不在（或：时时刻刻都在）。
    “难免”加“不”（难免不出差错）有语文辞书认可，不报。

    ## 为什么
    多一个否定词，意思正好说反；这类错误审稿人一眼就能看出，送审前必须改掉。

    ## 修复说明
    只作建议：删去多余的否定词。

    ## 依据
    黄伯荣、廖序东《现代汉语》病句类型“否定不当”；《现代汉语词典》第7版“无时无刻”条（后面跟“不”连用）。
    """

    code = "DJ446"
    name = "negation"
    fix = "never"
    source = "《现代汉语词典》第7版“无时无刻”；" + SOURCE_TEXTBOOK
    triggers = ("防止", "避免", "杜绝", "严防", "谨防", "预防", "以免", "以防", "免得", "防范", "切忌", "切勿", "无时无刻")
    patterns = PATTERNS
