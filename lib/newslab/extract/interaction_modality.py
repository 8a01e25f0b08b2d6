"""Conditions and open questions: an act that is only supposed did not happen ("unless the party renounces X",
"if elected, she would ask Y", "asked whether he would endorse Y"). An intended hold is not one yet ("plans to buy X",
"withdrew its offer to acquire X", "is going to take over X")."""

from __future__ import annotations

from .docindex import children

#: Subordinators of a condition or an indirect question (the clause's act is not asserted).
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
#: Modals of a main clause whose act rests on an "if" clause beside it ("if elected, she would meet Y").
CONDITIONAL_MODALS = frozenset({"would", "could", "might"})
#: Links climbed from a trigger to the verb of its clause: infinitives, nouns and prepositions under the verb, and
#: later conjuncts, which share the first one's subordinator ("if they defeat X and take the Senate").
CLIMB = frozenset({"xcomp", "acomp", "dobj", "pobj", "prep", "conj"})


def _marked(verb, marks: frozenset) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in children(verb))


def hypothetical(tok) -> bool:
    """The trigger's clause is a condition or an open question, or a modal clause resting on a condition."""
    node = tok
    for _ in range(6):
        if _marked(node, CONDITION_MARKS):
            return True
        if node.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS for c in children(node)) \
                and any(c.dep_ == "advcl" and _marked(c, CONDITION_MARKS - {"whether"}) for c in children(node)):
            return True
        if node.dep_ in CLIMB and node.head.i != node.i:
            node = node.head
        else:
            return False
    return False


#: Heads whose infinitive or gerund is an aim, not a deed ("plans to buy", "had proposed acquiring", "failed to take
#: over"): verbs of intending, trying, offering and failing, and nouns of an offer or a plan ("its offer to acquire",
#: "a bid to buy"). CAMEO codes an intent apart from the act (03 express intent to cooperate); "agreed to buy" is a
#: signed deal and stays.
INTENT_HEADS = frozenset({"plan", "propose", "offer", "seek", "try", "want", "attempt", "aim", "hope", "intend", "consider",
                          "threaten", "bid", "explore", "weigh", "mull", "refuse", "fail", "proposal", "effort"})


def intended(tok) -> bool:
    """Whether ``tok`` (a verb of holding or taking) is only aimed at: the infinitive or gerund of an intent head, or
    what someone "is going to" do."""
    head = tok.head
    if tok.dep_ not in {"xcomp", "acl", "ccomp", "pcomp"} or head.i == tok.i:
        return False
    return head.lemma_.lower() in INTENT_HEADS or head.lower_ == "going" and any(c.dep_ == "aux" for c in children(head))
