"""Named animals: a pet's or a zoo animal's name is no person ("Rex, our golden retriever", "her dog Biscuit", "their
three cats, Tom, Mo and Pip").

GUM files such names under its own entity type ``animal`` and the ACE 2005 guidelines give animals no entity type,
so neither actor gold set marks them a person. A name (of any label but a group's: the model may call a pet an
organisation) is an animal's when its sentence says so: in apposition to an animal noun, or with one in apposition
to it ("Rex, our golden retriever"; "their four dogs, A, B and C", the later names joined to the first), or right
after a singular one ("her dog Biscuit", "the cat 'Tom'"; not "how many elephants Hannibal had"). Its other person
mentions in the article go too, unless the name is also a word of a longer person name there ("Jo Rex" beside the
dog "Rex": the person stays).
"""

from __future__ import annotations

from .actor_titles import Mention
from .docindex import doc_words

#: Nouns for animals that people name: companion, farm and zoo animals and the dog breeds news and stories name them
#: by. Hand-typed; "shepherd", "boxer", "pointer" and "setter" left out (also people), as are capitalised breeds.
ANIMAL_NOUNS = frozenset("""
dog dogs puppy puppies pup pups cat cats kitten kittens kitty horse horses pony ponies mare stallion foal colt filly
donkey mule cow cows bull calf pig pigs goat goats sheep lamb rabbit rabbits bunny hamster hamsters gerbil ferret
parrot parrots budgie canary bird birds goldfish fish turtle tortoise snake lizard iguana rat mouse mice chicken
chickens hen hens rooster duck ducks goose geese pet pets retriever retrievers terrier terriers spaniel spaniels
sheepdog sheepdogs poodle poodles beagle beagles collie collies bulldog bulldogs dachshund chihuahua husky huskies pug
pugs corgi corgis greyhound greyhounds mutt mutts tabby gorilla gorillas chimpanzee chimp elephant elephants lion
lions tiger tigers bear bears panda pandas giraffe dolphin dolphins whale orca monkey monkeys camel
""".split())
#: Quotation marks that may stand between an animal noun and its name ("her dog 'Rex'").
_QUOTES = {'"', "'", "\u201c", "\u2018"}
#: What follows a name set off by a comma after the animal noun ("her terrier, Rex, ...", "two cats, Tom and Pip").
_LIST_GOES_ON = {",", ";", ")", "and", "."}
#: What may stand between a name's comma and the animal noun after it ("Rex, our old golden retriever").
_BEFORE_NOUN = {"DET", "PRON", "ADJ", "NUM", "PROPN", "NOUN"}


def _animal_noun(tok) -> bool:
    """A lower-case animal noun; the small model tags some breeds adjectives ("terrier"), so only verbs are left out."""
    return tok.text in ANIMAL_NOUNS and tok.pos_ not in {"VERB", "AUX"}


def _noun_after_comma(doc, end: int) -> bool:
    """Whether ``, [our old golden] retriever`` follows the name ending at token ``end``."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    for tok in doc[end + 1:end + 6]:
        if _animal_noun(tok):
            return True
        if tok.pos_ not in _BEFORE_NOUN:
            return False
    return False


def _is_animal(doc, m: Mention) -> bool:
    """Whether the mention ``m`` names an animal by its sentence (see the module)."""
    head, first = doc[m.end - 1], m.start
    while head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ == "PROPN":
        head = head.head  # "their dogs, A, B and C": C and B hang on A
        first = head.i
    if head.dep_ == "appos" and _animal_noun(head.head) \
            or any(c.dep_ == "appos" and _animal_noun(c) for c in head.children):
        return True
    if _noun_after_comma(doc, m.end):
        return True  # "Rex, our golden retriever"
    j = first - 1
    while j >= 0 and doc[j].text in _QUOTES:
        j -= 1  # "her dog 'Rex'"
    if j >= 0 and doc[j].text == "," and m.end < len(doc) and doc[m.end].text in _LIST_GOES_ON:
        return j > 0 and _animal_noun(doc[j - 1])  # "her terrier, Rex, ...", not "they found the dogs, Lee said"
    # right after the noun, a singular one: "her dog Rex", not "how many elephants Hannibal had"
    return j >= 0 and _animal_noun(doc[j]) and doc[j].tag_ != "NNS" and not doc[j].text.endswith("s")


def animal_mentions(doc, mentions: list[Mention]) -> set[int]:
    """Indices into ``mentions`` of the mentions that name an animal, with the other person mentions of that name."""
    if ANIMAL_NOUNS.isdisjoint(doc_words(doc)):  # the word list first: most articles name no animal
        return set()
    person = [i for i, m in enumerate(mentions) if (m.mention_label or m.label) == "PERSON"]
    # the name beside the animal noun may carry any label ("their dogs, Pip, ..." read as an organisation)
    animals = {i for i, m in enumerate(mentions) if (m.mention_label or m.label) != "NORP" and _is_animal(doc, m)}
    if not animals:
        return animals
    names = {doc[mentions[i].start:mentions[i].end].text for i in animals}
    # a word of a longer person name stays a person's ("Jo Rex" beside the dog "Rex")
    longer = {t.text for i in person if i not in animals and mentions[i].end - mentions[i].start > 1
              for t in doc[mentions[i].start:mentions[i].end]}
    names = {n for n in names if n not in longer}
    return animals | {i for i in person if doc[mentions[i].start:mentions[i].end].text in names}
