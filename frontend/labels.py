"""Translated names for the stored choice values, which the models keep in English only."""

from django.utils.translation import gettext_lazy as _

LABELS = {
    # sources.naming's reasons a stored source names no speaker.
    "junk": {
        "no words": _("no words"),
        "function word": _("a function word"),
        "verb": _("a verb"),
        "short word": _("a short bare word, most often a verb"),
        "clause": _("a clause"),
        "common noun": _("a common noun, no name"),
    },
    "kind": {
        "outlet": _("news outlet"),
        "agency": _("news agency"),
        "monitor": _("monitor / NGO"),
        "government": _("government body"),
        "military": _("military"),
        "armed_group": _("armed group"),
        "person": _("person"),
        "anonymous": _("anonymous"),
        "document": _("document"),
    },
    "affiliation": {
        "pro_government": _("pro-government"),
        "opposition": _("opposition"),
        "russian_state": _("Russian state"),
        "turkish_state": _("Turkish state"),
        "iranian_state": _("Iranian state"),
        "sdf": _("SDF / Kurdish"),
        "us_coalition": _("US / coalition"),
        "international": _("international"),
        "independent": _("independent"),
        "unknown": _("unknown affiliation"),
    },
    "modality": {
        "assert": _("statement"),
        "allege": _("allegation"),
        "deny": _("denial"),
        "unattributed": _("unattributed"),
    },
    "relation": {
        "corroborates": _("corroborates"),
        "contradicts": _("contradicts"),
        "related": _("related"),
        "unrelated": _("unrelated"),
        "unsure": _("cannot tell"),
    },
    "link_status": {
        "proposed": _("proposed"),
        "second_review": _("awaiting second review"),
        "disputed": _("reviewers disagree"),
        "decided": _("decided"),
    },
    "holds": {
        "a": _("claim 1 holds"),
        "b": _("claim 2 holds"),
        "neither": _("neither holds"),
        "unknown": _("cannot tell which holds"),
    },
    "article_status": {
        "pending": _("waiting"),
        "segmented": _("claims found, linking"),
        "linked": _("done"),
        "failed": _("failed"),
    },
    "job_status": {
        "queued": _("queued"),
        "running": _("ingesting"),
        "done": _("finished"),
        "failed": _("failed"),
    },
    "outcome": {
        "new": _("new"),
        "duplicate": _("duplicate"),
        "rejected": _("rejected"),
        "upheld": _("upheld"),
        "refuted": _("refuted"),
        "corroborated": _("corroborated"),
    },
    "flag_state": {"open": _("open"), "resolved": _("resolved")},
    "role": {
        "reader": _("reader"),
        "fact-checker": _("fact-checker"),
        "editor": _("editor"),
        "admin": _("administrator"),
    },
    "event_kind": {
        "air_strike": _("air strike"),
        "shelling": _("shelling"),
        "chemical": _("chemical attack"),
        "bombing": _("bombing"),
        "clashes": _("clashes"),
        "capture": _("capture"),
        "withdrawal": _("withdrawal"),
        "deployment": _("deployment of forces"),
        "displacement": _("displacement"),
        "arrest": _("arrest"),
        "agreement": _("agreement or ceasefire"),
        "vote": _("vote"),
        "disaster": _("disaster"),
        "crash": _("aircraft crash"),
        "casualty": _("casualty toll"),
    },
    "camp": {
        "regime": _("Syrian government forces"),
        "russia": _("Russian forces"),
        "opposition": _("opposition factions"),
        "islamic_state": _("Islamic State"),
        "coalition": _("US-led coalition"),
        "turkey": _("Turkish forces"),
        "israel": _("Israeli forces"),
        "sdf": _("SDF / Kurdish forces"),
    },
    "version": {
        "attack": _("an attack with chemical weapons"),
        "store": _("a strike that hit a store of chemicals"),
    },
    "toll": {
        "killed": _("killed"),
        "wounded": _("wounded"),
        "displaced": _("displaced"),
        "arrested": _("arrested"),
    },
    "qualifier": {
        "exact": "",
        "about": _("about"),
        "at_least": _("at least"),
        "more_than": _("more than"),
        "at_most": _("at most"),
        "less_than": _("less than"),
        "vague": _("vague count"),
    },
}


def label(group: str, value: str | None) -> str:
    """The translated name of ``value``; unknown values are shown as stored."""
    if value is None:
        return ""
    return LABELS[group].get(value, value)


def choices(group: str) -> list[tuple[str, str]]:
    return [(value, name) for value, name in LABELS[group].items() if name]
