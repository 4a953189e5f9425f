"""The one-line English summary of an event, built from its fields."""
from __future__ import annotations

from .model import Event, Participant
from .common import _countries

SECTOR_EN = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "rebels", "OPP": "opposition",
             "IGO": "organisation", "NGO": "organisation", "CVL": "civilians", "MED": "media", "JUD": "judiciary",
             "LEG": "legislature", "BUS": "business", "SPY": "intelligence"}


VERBS_EN = {
    "ASSAULT": "attacked", "COERCE": "coerced", "PROTEST": "protested", "MOBILIZE": "mobilized",
    "AID": "sent aid to", "RETREAT": "withdrew from", "SANCTION": "sanctioned", "AGREE": "agreed with",
    "CONSULT": "consulted", "SUPPORT": "expressed support for", "CONCEDE": "made concessions to",
    "COOPERATE": "cooperated with", "REQUEST": "called on", "ACCUSE": "accused", "REJECT": "rejected",
    "THREATEN": "threatened",
}


MODE_VERBS_EN = {"aerial": "struck", "heavy-weapons": "shelled", "explosives": "bombed", "suicide-attack": "bombed",
                 "abduct": "abducted", "targeted": "assassinated", "arrest": "arrested", "raid": "raided",
                 "firearms": "opened fire on", "seize": "seized property of", "withdraw": "withdrew"}


def _who(p: Participant | None) -> str | None:
    if p is None:
        return None
    _, a3_name, _ = _countries()
    country = a3_name.get(p.country or "", p.country)
    if p.certainty == "hedged":
        base = "unidentified perpetrators" if not p.name else p.name
        return f"{base} (attributed, hedged: {country})" if country else f"{base} (hedged)"
    if p.name:
        return p.name
    if p.sector == "CVL":
        return f"civilians ({country})" if country else "civilians"
    if country:
        return f"{country} {SECTOR_EN.get(p.sector or '', 'actor')} ({p.text})"
    return None


def summarize(ev: Event) -> str:
    """A one-line English rendering built only from the event's fields (no translation)."""
    _, _, a2_name = _countries()
    actor = _who(ev.actors[0]) if ev.actors else None
    if actor and "actor-implied" in ev.flags:
        # (the text names no doer: the state of the place is the convention's guess, said as such, not as an
        # attribution the text makes)
        actor = f"{ev.actors[0].name or 'unknown actor'} (implied by the place; the text names no doer)"
    target = _who(ev.targets[0]) if ev.targets else None
    verb = MODE_VERBS_EN.get(ev.mode or "", VERBS_EN.get(ev.type, ev.type.lower())) if ev.type in ("ASSAULT", "COERCE") else VERBS_EN.get(ev.type, ev.type.lower())
    if "refused-retreat" in ev.flags:
        verb = "refused to withdraw"
    parts = [f"{ev.type}{'/' + ev.mode if ev.mode else ''}:", (actor or "unknown actor"), verb]
    if target:
        parts.append(target)
    line = " ".join(parts)
    place = ev.place
    if place is not None:
        bits = [getattr(place, "name", None), getattr(place, "admin1", None) if isinstance(getattr(place, "admin1", None), str) and not str(getattr(place, "admin1", "")).isdigit() else None,
                a2_name.get(getattr(place, "country", None) or "", None)]
        bits = [b for i, b in enumerate(bits) if b and b not in bits[:i]]
        if bits:
            line += " in " + ", ".join(bits)
    if ev.date:
        line += f" on {ev.date}" + (" (publication day)" if ev.date_source == "published" else "")
    counts = []
    who = " civilians" if ev.targets and ev.targets[0].sector == "CVL" else ""
    if ev.killed is not None:
        counts.append(f"{ev.killed}{who} killed")
    if ev.injured is not None:
        counts.append(f"{ev.injured} injured")
    if counts:
        line += "; " + ", ".join(counts)
    return line
