"""DJ443 句式杂糅, its frames run together (a module of its own so that mixed.py stays short): 对……进行……进行,
对……奠定基础, 意义是在于, 在随着, a means or 除……外 without its word, 以“……”的……主题.  MixedStructure reads
these patterns after its own (mixed.PATTERNS)."""
from __future__ import annotations

from ...engine.kinds import compile_
from .base import Pattern

#: inside one sentence (no sentence mark) / inside one clause (as in mixed.py)
_S = r"[^。；;！？!?]"
_C = r"[^，,。；;！？!?：:]"

#: the words that make a clause's “……等方式” a means it names (通过、以、采取……) or a thing it shapes (探索、创新……)
_MEANS_WORD = compile_(r"通过|以|采取|采用|运用|利用|借助|依托|用|结合|探索|创新|拓展|丰富|综合|灵活|多种|坚持|按照|依照|围绕|针对|经过|借|凭|"
                       r"开辟|搭建|构建|拓宽|改进|优化|完善|规范|推广|鼓励|支持|引导|倡导")


FRAMES = (
    # 对员工进行职业素养……进行持续培训: 对……进行 said twice in one clause (未进行巡察的: a modifier, not the frame)
    # (对党建如何……进行价值创造进行交流: the first 进行 is the verb of an embedded question, 对's object)
    Pattern(r"(?<![针面相绝反应核比校])对(?![照接标象待口付])(?P<x>" + _C + r"{1,30}?)(?<![未没不已所曾经])进行了?"
            r"[^，,。；;！？!?：:对并再后又]{2,50}?(?P<second>进行)",
            "句式杂糅：一个分句里“对……进行”说了两次；删去一个“进行”（对……进行……，或对……的……进行……）", span="second",
            accept=lambda text, m, ctx, p: not any(w in m.group("x") for w in ("如何", "怎样", "怎么", "是否", "能否", "哪些", "为什么", "为何")),
            needs=("进行",)),
    # 对提高……奠定了基础: 奠定（打下）基础 takes 为, 对 is 起到作用's preposition
    Pattern(r"(?P<p>(?<![针面相绝反应核比校党])对于?)(?:今后|下一步|后续|进一步|全面|深入|持续)?(?:提高|提升|推进|推动|促进|加强|做好|"
            r"实现|开展|建设|打造|完成|开创|巩固|深化|加快|落实|增强|构建|助力|服务|全面)" + _S + r"{1,60}?(?<![为為])"
            r"(?P<v>奠定|打下)了?" + _C + r"{0,12}?基础",
            "句式杂糅：“{p}……{v}……基础”，“{v}基础”用“为”；把“{p}”改为“为”（为……{v}了基础），或改为“对……起到……作用”",
            accept=lambda text, m, ctx, p: not any(w in m.group(0) for w in ("为", "為", "进行", "予以", "作出", "做出")),
            needs=("奠定", "打下")),
    # 重要意义是在于: 意义是…… and 意义在于…… run together
    Pattern(r"(?P<n>意义|关键|目的|原因|根源|重点|核心|症结|要害|根本|实质|本质|价值|秘诀|差距)(?:主要|就|正|恰恰|也)?(?P<w>是在于)",
            "句式杂糅：“{n}是……”与“{n}在于……”杂糅，删去“是”", span="w", needs=("是在于",)),
    # 在随着城市化进程的加速，……: 在……下 and 随着…… run together
    Pattern(r"(?:^|(?<=[，,。；;！？!?\s]))(?P<w>在)随着", "句式杂糅：“在……中（下）”与“随着……”杂糅，删去“在”", span="w",
            needs=("在随着",)),
    # 并制作板报、宣传单、视频等方式，向群众宣传: a means without its preposition (通过、以、采取……), as ……的方式宣传
    Pattern(r"(?:^|(?<=[，,。；;：:！？!?]))(?P<c>[^，,。；;：:！？!?]{0,40}?等(?P<n>方式|形式|途径|手段))(?=[，,])",
            "句式杂糅：“……等{n}”缺介词，和“通过（采取）……等{n}”揉在一起；在前面补上“通过（以、采取）”",
            accept=lambda text, m, ctx, p: _MEANS_WORD.search(m.group("c")) is None,
            needs=("等方式", "等形式", "等途径", "等手段")),
    # 中心分局已经对……开展……集中培训外，从本月……: 除……外 without 除 (在……外 “besides” is accepted)
    Pattern(r"(?:^|(?<=[。；;！？!?]))(?P<s>[^。；;！？!?在除]{4,80}?)(?<![此另以额国海境课户室野内中意格分之区县市省场门窗楼域城线外例对向校园郊村屋院厂站塞体号局份涉出])"
            r"(?P<w>外)(?=[，,])",
            "成分残缺：“……外，”前面缺“除”，改为“除……外，”", span="w", needs=("外，", "外,")),
    # 以“……”的“……”主题宣传活动: 以……为主题 without 为
    Pattern(r"以(?P<q>“[^”]{1,40}”)的(?:“[^”]{1,30}”)?主题", "句式杂糅：“以……”后面缺“为”，和“……的主题”揉在一起；改为“以……为主题的……”",
            needs=("”的",), also=("以“",)),
)
