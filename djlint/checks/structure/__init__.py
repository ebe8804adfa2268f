"""DJ1xx structure: the parts a report must have, per report profile.

The profile (``rules/structure/profiles/``, :mod:`.profiles`) comes from the configuration
(``profile:``) or is recognised from the title and opening; the top-level headings of the
outline are sorted into the profile's section groups (工作情况 / 存在问题 / 下一步打算 …,
:mod:`.analysis`).  The rules: the parts themselves (:mod:`.sections`) and what the report is
as a kind of document (:mod:`.genre`).  Every message says which profile was used.
"""
from ...errors import ConfigError
from .analysis import classify, structure_of
from .genre import MissingClosing, MissingReportTitle, MissingSalutation, RequestInReport
from .profiles import groups_of, load_profiles_dir, profiles_of
from .sections import DuplicateSection, EmptySection, InlineOnlySection, MissingSection, SectionOrder

#: the pack sub-folder this family reads: report profiles and their section groups
PACK_DATA = {"profiles": load_profiles_dir}


def check_config(registry, config) -> None:
    """``profile:`` must name a report profile some pack defines."""
    profiles = profiles_of(registry)
    if config.profile and config.profile not in profiles:
        raise ConfigError(f"profile: 未知的报告类型 {config.profile!r}（可用：{'、'.join(sorted(profiles))}；"
                          f"djlint profiles 查看说明）")


RULES = (MissingSection, InlineOnlySection, SectionOrder, DuplicateSection, EmptySection, MissingReportTitle,
         MissingSalutation, MissingClosing, RequestInReport)

__all__ = ["PACK_DATA", "RULES", "check_config", "classify", "groups_of", "profiles_of", "structure_of"]
