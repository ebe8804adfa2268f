"""The pieces of a report the structure rules' examples are made of."""

WORK = "一、2024年工作情况\n全年开展集中学习12次。\n"
PROBLEMS = "二、存在问题\n理论学习的深度还不够。\n"
NEXT = "三、2025年工作打算\n持续深化理论武装。\n"
TITLE = "2024年度机关党建工作情况报告\n"
