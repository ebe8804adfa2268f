"""DJ9xx: input problems and internal failures.  These are emitted by the engine and the
command line, not by scanning text; they are registered so that ``djlint rule DJ901``
documents them and ``--ignore DJ903`` works like any other code."""
from __future__ import annotations

from ..engine import Rule


class UnreadableFile(Rule):
    """文件无法读取（格式不支持、已损坏、加密、编码无法识别等）

    ## 检查内容
    输入文件无法读取时报告一行错误：文件为空、旧版 .doc/.wps、加密文档、损坏的压缩包、
    疑似 ZIP 炸弹、无法识别的编码等。同一次运行中的其他文件照常检查，退出码为 2。

    ## 为什么
    读不了的文件不能悄悄跳过：用户需要知道哪份文稿没有被检查，以及该怎么处理。

    ## 示例
    把 Word 97-2003 的 .doc 文件改名为 .docx 后提交。

    应改为：

    在 Word/WPS 中“另存为”.docx 格式后再检查。

    ## 依据
    djlint 的输入约定：只读取 .docx、.txt、.md。
    """

    code = "DJ901"
    name = "unreadable-file"
    severity = "error"
    scope = "document"
    source = "djlint 输入约定"


class InternalRuleError(Rule):
    """规则内部出错（某条规则在某段文字上抛出异常）

    ## 检查内容
    某条规则处理某段文字时出错，该规则在这一段的结果被跳过，文件的其他结果照常输出。

    ## 为什么
    一条规则的缺陷不应让整份文稿的检查失败。请把这条结果连同文稿片段报告给维护者。

    ## 示例
    一个第三方规则包中的 Python 规则在表格单元格上抛出 KeyError。

    应改为：

    修正该规则，或暂时用 --ignore 关闭它。

    ## 依据
    djlint 的规则隔离约定。
    """

    code = "DJ902"
    name = "internal-rule-error"
    severity = "error"
    scope = "document"
    source = "djlint 规则隔离约定"


class RuleTimeout(Rule):
    """规则超时（正则表达式在某段文字上运行过久）

    ## 检查内容
    规则包里的正则表达式在某一段上超过时间限制（例如灾难性回溯），该段被跳过，其余照常检查。

    ## 为什么
    一条写得不好的用户规则不应让预提交钩子卡住。

    ## 示例
    规则包中写了 (a+)+b 这样的模式，遇到很长的一段文字。

    应改为：

    改写正则表达式，避免嵌套的重复。

    ## 依据
    djlint 的规则隔离约定；regex 模块的 timeout 参数。
    """

    code = "DJ903"
    name = "rule-timeout"
    severity = "warning"
    scope = "document"
    source = "djlint 规则隔离约定"


RULES = (UnreadableFile, InternalRuleError, RuleTimeout)
