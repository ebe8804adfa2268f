"""The credits news sites put under a photo or at the end of an item: who took the picture, who gave it, who
wrote, edited and checked the text.  Their fields are spaced apart by custom (东乡县融媒体中心记者 王某 摄;
某省社科联 供图; 文/王某 图/李某; 编辑：王某 审核：李某), so the spaces inside them are no stray spaces (DJ512).

A credit stands at the end of a paragraph: alone on its line, after a caption's last sentence (。！？”), or
after a caption that has no full stop and a space (会议现场 记者 王某 摄).  Running prose with a space in it
(记者 表示……; 我们 组织了……) is no credit: a credit ends with what the credit says was done (摄, 供图, 报道) or
is made of labelled fields only.  A credit's field in a page's information bar (作者：王某 李某   时间：……) spaces
its names apart the same way, wherever the bar's other fields stand."""
from __future__ import annotations

from ...engine.kinds import compile_
from ...util.zh import BLANK, BLANK_CHARS, SPACE

#: a person's name: two to four characters, a two-character name spaced to the width of three (李 博), or a
#: transliterated name joined by a middle dot
_NAME = r"(?:\p{Han}{2,4}|\p{Han}" + SPACE + r"{1,2}\p{Han}(?![\p{Han}])|\p{Han}{1,6}·\p{Han}{1,8})"
#: one to three names, spaced apart or separated by 、
_NAMES = _NAME + r"(?:(?:" + SPACE + r"+|" + SPACE + r"*、" + SPACE + r"*)" + _NAME + "){0,2}"
#: a reporter's role (记者, 特约记者, 融媒体记者, 通讯员, 摄影记者): also what a dateline's credits name (spacing.py)
REPORTER = r"(?:全媒体|融媒体|特约|见习|首席|实习|摄影|本报|本台|本刊|本网)?(?:记者|通讯员)"
#: a reporter's role or a photographer's
_ROLE = r"(?:" + REPORTER + r"|摄影师|摄影|摄像)"
#: the unit written right before the role: 东乡县融媒体中心记者, 某某日报记者, 某学院宣传部通讯员 (no space, no punctuation)
_UNIT = r"[\p{Han}0-9A-Za-z（）()·]{2,24}?"
#: what the credit says was done, ending it
_DONE = r"(?:摄影|拍摄|摄|供图|制图|图|报道|供稿)"
#: where a credit starts: the paragraph's start or the end of a caption's sentence
_START = r"(?:^" + BLANK + r"*|(?<=[。！？!?”…])" + BLANK + "*)"
#: a role's credit: 东乡县融媒体中心记者 王某 摄; 记者 王某 通讯员 李某 摄; 本报记者 王某 李某 报道
_ROLE_CREDIT = r"(?:" + _UNIT + SPACE + r"*)?" + _ROLE + SPACE + r"*" + _NAMES + r"(?:" + SPACE + r"+(?:" + _UNIT + r")?" \
    + _ROLE + SPACE + r"*" + _NAMES + r")*" + SPACE + r"*" + _DONE
#: a unit's or a person's credit without a role: 福建省社科联 供图; 王某 李某 摄; 县委宣传部 供稿
_PLAIN_CREDIT = r"[\p{Han}0-9A-Za-z（）()·]{2,24}(?:" + SPACE + r"+" + _NAME + r"){0,2}" + SPACE + r"*(?:摄影|拍摄|摄|供图|制图|供稿)"
#: the labels of a credit's fields (文/王某 图/李某; 编辑：王某 审核：李某 责编：赵某; 图片来源：某某网)
_LABEL = (r"(?:图片来源|责任编辑|值班编辑|文字|图片|图文|文|图|摄影|摄像|视频|编辑|责编|审核|审校|审签|初审|复审|终审|一审|二审|三审|"
          r"校对|来源|供图|撰稿|作者|记者|通讯员|美编|排版|制作|监制|出品|策划|统筹|主编|签发)")
#: one field: its label, a slash or a colon, and what it credits (a name, names, a unit)
_FIELD = _LABEL + SPACE + r"*[/／：:｜|丨]" + SPACE + r"*[\p{Han}0-9A-Za-z·]{2,24}(?:(?:" + SPACE + r"+|、)(?!" + _LABEL + SPACE \
    + r"*[/／：:｜|丨])" + _NAME + r")*"
_FIELDS = _FIELD + r"(?:" + SPACE + r"*" + _FIELD + r")*"

#: a credit ending its paragraph (its trailing blanks are the paragraph's, reported as such)
_CREDIT = compile_(_START + r"(?P<c>" + _ROLE_CREDIT + "|" + _PLAIN_CREDIT + "|" + _FIELDS + r")" + BLANK + "*$")
#: a role's credit after a caption without a full stop and a space (……致辞 记者 王某 摄; ……致辞 某县融媒体中心记者 王某 摄):
#: the space is the separator
_CREDIT_AFTER_CAPTION = compile_(r"(?<=\S)(?P<gap>" + SPACE + r"+)(?P<c>(?:" + _UNIT + ")?" + _ROLE + SPACE + r"*" + _NAMES + SPACE + r"*"
                                 + _DONE + r"|" + _FIELDS + r")" + BLANK + "*$")
#: what a credit's last field or word may be: the paragraph must end in one for a credit to be looked for
_ENDS = ("摄", "摄影", "图", "报道", "供稿")
#: a credit's field in a page's information bar, its names spaced apart (作者：王某 李某 赵某   时间：2023-03-07   阅读量：):
#: the label opens the line or follows a space, the names end the line or a space and the next field's label follow
_BAR_FIELD = compile_(r"(?:^|(?<=" + SPACE + r"))" + _LABEL + SPACE + r"*[：:]" + SPACE + r"*(?P<c>" + _NAMES + r")(?="
                      + BLANK + r"*$|" + SPACE + r"+\p{Han}{2,6}[：:])")


def credit_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a credit at the end of the paragraph: a span holds every space inside the credit (the
    space before it after a caption without a full stop too), none of the paragraph's text before it; it runs
    to the paragraph's end, so blanks after the credit are the paragraph's trailing blanks, reported as such."""
    core = text.rstrip(BLANK_CHARS)
    if not core or not (core.endswith(_ENDS) or "/" in core or "／" in core or "：" in core or ":" in core):
        return []
    spans = [m.span("c") for m in _BAR_FIELD.finditer(text)] if ("：" in core or ":" in core) else []
    m = _CREDIT.search(text)
    if m is not None:
        spans.append((m.start("c"), m.end()))
    after = _CREDIT_AFTER_CAPTION.search(text)
    if after is not None:
        spans.append((after.start("gap") - 1, after.end()))
    return spans
