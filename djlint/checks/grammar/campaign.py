"""DJ442, a campaign read as the object of its own verb: 为深入学习贯彻……主题教育 (开展 left out)."""
from __future__ import annotations

from ...engine.kinds import compile_

#: a campaign named after what it studies (学习贯彻……主题教育, 深入贯彻……学习教育) is 开展ed: after a purpose or a
#: modal (为、要) with no verb of its own the name's 学习贯彻 is read as the verb, and 贯彻 takes a thought or a
#: spirit, not a campaign (为深入学习贯彻……主题教育 → 为深入开展学习贯彻……主题教育); 开展、推进、结合……
#: before the name, or a name standing alone as a heading, stay silent.  (What may not stand before 为/要/将/必须 is
#: tested after their first character: a pattern that begins with a lookbehind is tried at every character.)
_CAMPAIGN = compile_(
    r"(?P<pre>为(?<![作成认因行以]为)了?|要(?<![作成认因行以]要)|将(?<![作成认因行以]将)|必(?<![作成认因行以]必)须)(?:深入|全面|认真|扎实|积极|切实|进一步|持续|不断|更好地?)*"
    r"(?P<v>学习宣传贯彻|学习贯彻|贯彻落实|贯彻)"
    r"(?:(?!开展|推进|组织|参加|参与|巩固|深化|启动|部署|做好|抓好|落实|结合|的)[^，,。；;！？!?：:、“”《》]){2,40}?"
    r"(?P<n>主题教育|学习教育|集中教育)(?=[，,。；;！？!?]|$)")


def campaign_objects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) of each campaign name a 为/要 reads as the object of its 学习贯彻."""
    if "教育" not in text or "贯彻" not in text:
        return []
    return [(m.start("v"), m.end("n"), f"动宾搭配不当：“{m.group('v')}”的对象是思想、精神，“{m.group('n')}”是“开展”的；"
                                        f"在“{m.group('v')}”前面加“开展”") for m in _CAMPAIGN.finditer(text)]
