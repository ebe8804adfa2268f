"""False alarms of DJ421 (misspelled-word) on names: generated people's names after titles, in lists, framed by
what the person is or says, and generated place, street and firm names, in sentences of the kind reports are full of.

    python benchmarks/names.py [--count 1500] [--seed 1]

Names are the main source of false alarms for a spelling checker without a list: a name is any
characters, and some read like a word (钟国东 like 中国, 安泉 like 安全).  Prints, for each kind of
sentence, how many of ``count`` drew a finding, and a few of them.  Nothing is read or written.
"""
from __future__ import annotations

import argparse
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from djlint.engine.data import read_list  # noqa: E402
from djlint.lint import lint_text  # noqa: E402

#: the one-character surnames the placeholder rules and DJ421 use (rules/placeholder/data/surnames.txt)
SURNAMES = [w for w in read_list(os.path.join(ROOT, "rules", "placeholder", "data", "surnames.txt")) if len(w) == 1]
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红文玉珍辉海波宁金凤鹏斌飞春梅林德利成新宇浩凯晓东永荣晨亮雪琴云峰光雷玲佳欣怡子涵俊宏振家福祥庆仁义智信忠安康泰昌盛"
PLACE = "安平阳山江河湖海城宁兴华昌德庆丰泰康福寿永清水源泉石林岭峰桥台阁川州溪沙田东南西北中新上下金银龙凤云白青黄红长乐隆盛武文高远"
TITLES = ("书记", "副书记", "主任", "局长", "科长", "镇长", "组长", "委员", "主席", "部长", "院长", "校长", "经理", "会计",
          "支部书记")
KINDS = {
    "title + name": ("会议由{t}{a}主持，{t2}{b}作总结。",),
    "names in lists": ("{a}、{b}、{c}等同志参加会议。", "由{a}负责，{b}配合。", "{a}同志主持会议，{b}同志作报告。",
                       "表彰优秀共产党员{a}、{b}。", "联系人：{a}；审核：{b}。", "慰问老党员{a}和{b}。"),
    "places": ("赴{p}、{q}等地调研。", "在{p}召开现场推进会。", "组织党员到{p}开展红色教育。", "{p}片区、{q}片区完成改造。",
               "与{p}结对共建。"),
    # session 18: a name framed by what the person is or by 据, a list closed by a count of people
    "people framed": ("获奖教师{a}表示，将继续扎根基层。", "据{a}介绍，今年以来共开展活动十余次。", "老党员{a}、老党员{b}出席活动。",
                      "研究员{a}主持会议。", "随后，{a}、{b}、{c}三名同志作交流发言。"),
    # a name opening a clause before what the person says or earned
    "people speaking": ("{a}表示，将继续扎根基层、服务群众。", "会上，{a}指出，要把学习成果转化为实际成效。", "{a}被评为优秀共产党员。",
                        "{a}的事迹感动了很多人。"),
    # a village's three-character name, a street at a junction, places counted, a firm's trade name
    "villages, streets, firms": ("深入{p}{r}村走访慰问困难群众。", "{p}路与{q}路交叉口的改造工程已经完工。", "{p}、{q}两村联合成立了党建联盟。",
                                 "走访了{p}{r}公司、{q}{r}公司等企业。", "{p}家庭农场负责人介绍了种植经验。"),
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)

    def name():
        return rnd.choice(SURNAMES) + rnd.choice(GIVEN) + (rnd.choice(GIVEN) if rnd.random() < 0.7 else "")

    def place():
        return rnd.choice(PLACE) + rnd.choice(PLACE)

    for kind, frames in KINDS.items():
        flagged = []
        for _ in range(args.count):
            text = rnd.choice(frames).format(t=rnd.choice(TITLES), t2=rnd.choice(TITLES), a=name(), b=name(), c=name(),
                                             p=place(), q=place(), r=rnd.choice(PLACE))
            found = lint_text(text, {"select": ["DJ421"]})
            if found:
                flagged.append(f"{text}  {found[0].message}")
        print(f"{kind}: {len(flagged)}/{args.count} sentences drew a finding")
        for line in flagged[:5]:
            print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
