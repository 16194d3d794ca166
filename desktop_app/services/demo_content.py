"""Words for the demo school: names from many backgrounds and concerns as staff really write them."""

from __future__ import annotations

GIRLS = [
    "Amelia", "Isla", "Ava", "Zofia", "Şeyma", "Mia", "Aisha", "Freya", "Maja", "Grace", "Priya", "Amara", "Lena",
    "Fatima", "Ellie", "Hania", "Ama", "Sofia", "Ruby", "Nadia", "Zara", "Poppy", "Elif", "Anya",
]  # fmt: skip
BOYS = [
    "Oliver", "Mohammed", "Noah", "Jakub", "Ahmed", "Leo", "Kacper", "George", "Dawid", "Yusuf", "Arjun", "Chidi",
    "Tomasz", "Ibrahim", "Harry", "Oskar", "Kofi", "Luca", "Daniel", "Mateusz", "Ali", "Jack", "Emre", "Dmitri",
]  # fmt: skip
FORENAMES = GIRLS + BOYS
_PRONOUNS = {
    "Female": {"they": "she", "them": "her", "their": "her", "They": "She", "Their": "Her", "child": "girl"},
    "Male": {"they": "he", "them": "him", "their": "his", "They": "He", "Their": "His", "child": "boy"},
}


def words_for(text: str, name: str, gender: str) -> str:
    """A template with {name}, {they}, {them}, {their}, {They}, {Their} filled in for one child."""
    return text.format(name=name, **_PRONOUNS.get(gender, _PRONOUNS["Female"]))


SURNAMES = [
    "Łuczak",
    "Krężołek",
    "Ахмед",
    "Smith",
    "Khan",
    "Okafor",
    "Nowak",
    "Yılmaz",
    "Jones",
    "Patel",
    "Mensah",
    "Kowalski",
    "Hussain",
    "Taylor",
    "O'Brien",
    "Wiśniewski",
    "Begum",
    "Davies",
    "Adeyemi",
    "Rossi",
    "Ivanova",
    "Brown",
    "Williams",
    "Ali",
    "Szymańska",
    "Evans",
    "Chowdhury",
    "Öztürk",
    "Murphy",
    "Asante",
    "Lewandowski",
]
STREETS = [
    "Mill Lane",
    "Station Road",
    "Church Street",
    "Elm Grove",
    "Queen's Road",
    "Canal Walk",
    "Park View",
    "Victoria Terrace",
    "Foleshill Road",
    "Harnall Lane",
    "Holbrook Way",
    "Ansty Road",
]
LOCATIONS = [
    "classroom",
    "playground",
    "dining hall",
    "school gate at drop-off",
    "corridor",
    "PE changing room",
    "library",
    "breakfast club",
    "after-school club",
    "school office",
]

STAFF = [
    # username, full name, role, job title
    ("dsl", "Priya Sharma", "lead", "Designated Safeguarding Lead"),
    ("deputy", "Tomasz Łuczak", "lead", "Deputy DSL"),
    ("r.okafor", "Ruth Okafor", "staff", "Year 1 teacher"),
    ("m.hughes", "Megan Hughes", "staff", "Reception teacher"),
    ("a.yilmaz", "Ayşe Yılmaz", "staff", "Teaching assistant"),
    ("j.brown", "James Brown", "staff", "Year 4 teacher"),
    ("s.begum", "Salma Begum", "staff", "Learning mentor"),
    ("k.nowak", "Karolina Nowak", "staff", "Midday supervisor"),
    ("d.evans", "David Evans", "staff", "PE coach"),
    ("governor", "Helen Marsh", "oversight", "Safeguarding governor"),
]

# category: (what happened, child's words, action taken); worries without an injury, in the words staff write
CONCERNS: dict[str, list[tuple[str, str, str]]] = {
    "neglect": [
        (
            "{name} arrived without a coat in the rain and said {they} had not had breakfast. Ate two bowls at "
            "breakfast club.",
            "There wasn't any food at home.",
            "Gave breakfast; told the DSL at 9:05.",
        ),
        (
            "{name}'s uniform has been unwashed all week and {they} smells strongly of urine.",
            "",
            "Spare uniform given by the office; recorded for the DSL.",
        ),
    ],
    "emotional-abuse": [
        (
            "{name} said {they} is called stupid at home and told {they} is not wanted.",
            "Dad says I ruin everything.",
            "Listened, did not ask leading questions; told the DSL.",
        ),
    ],
    "domestic-abuse": [
        (
            "{name} told me there was shouting and a door was broken last night.",
            "The police came and I hid.",
            "Reassured {name}; informed the DSL before first break.",
        ),
    ],
    "attendance": [
        (
            "{name} has been absent four Mondays out of the last six; no reason given.",
            "",
            "Attendance officer called home; no answer.",
        ),
        (
            "{name} has arrived after the register closed eight times this half term.",
            "My mum's car keeps breaking down.",
            "Attendance officer to meet the family.",
        ),
    ],
    "mental-health": [
        (
            "{name} was tearful all morning and said {they} can't sleep.",
            "I keep thinking something bad will happen.",
            "Time with the learning mentor; DSL informed.",
        ),
        (
            "{name} has stopped playing with friends at break and sits alone in the library.",
            "Nobody likes me.",
            "Learning mentor to check in daily; parents told at pick-up.",
        ),
    ],
    "online-safety": [
        (
            "{name} showed a friend messages from an adult {they} met in a game asking for photos.",
            "He said he's fourteen.",
            "Phone not taken; screenshots not made; DSL informed at once.",
        ),
    ],
    "child-on-child": [
        (
            "{name} was pushed against the fence by older pupils at lunchtime.",
            "They do it every day.",
            "Separated the children; informed the DSL and class teacher.",
        ),
        (
            "{name} was called names about {their} religion by a pupil in another class.",
            "He said it again in the line.",
            "Spoke to both children; class teachers and DSL informed.",
        ),
    ],
}
# How often each kind of background record appears (accidents and knocks are recorded as "other" with a mark).
BACKGROUND_WEIGHTS: dict[str, int] = {
    "attendance": 22, "mental-health": 16, "online-safety": 8, "child-on-child": 12, "accident": 22, "knock": 14,
    "bruise": 2, "neglect": 2, "emotional-abuse": 1, "domestic-abuse": 1,
}  # fmt: skip

# Accidents seen by a named member of staff: (what happened, location, witness username, mark, first aid).
# A mark: (view, region, type, colour, shape, the child's explanation).
ACCIDENTS: list[tuple[str, str, str, tuple[str, str, str, str, str, str], str]] = [
    (
        "{name} slipped on the wet floor in PE and landed on {their} knee. I saw it happen.",
        "PE changing room", "d.evans",
        ("front", "knee-left", "scratch", "red", "graze, about 3 cm", "I slipped on the wet floor"),
        "Cleaned and a plaster put on by the first aider.",
    ),
    (
        "{name} was tackled in the football match at lunchtime and was kicked on the shin. I saw it happen.",
        "playground", "k.nowak",
        ("front", "shin-right", "bruise", "red-blue", "round, about 2 cm", "He kicked me by accident in football"),
        "Cold compress for ten minutes.",
    ),
    (
        "{name} tripped over a bench in the hall during gymnastics and bumped {their} forehead. I saw it happen.",
        "hall", "d.evans",
        ("front", "forehead", "swelling", "red", "small lump, about 2 cm", "I tripped over the bench"),
        "Cold compress; head bump letter sent home.",
    ),
    (
        "{name} fell from the climbing frame onto the bark at lunchtime and scraped {their} forearm. I saw it happen.",
        "playground", "k.nowak",
        ("front", "forearm-right", "scratch", "red", "graze, about 4 cm", "I fell off the climbing frame"),
        "Cleaned by the first aider.",
    ),
]  # fmt: skip
# Everyday knocks the child explains: (what happened, location, mark).
KNOCKS: list[tuple[str, str, tuple[str, str, str, str, str, str]]] = [
    (
        "{name} showed me a graze on {their} knee at registration.",
        "classroom",
        ("front", "knee-right", "scratch", "red", "graze, about 2 cm", "I fell over on the way to school"),
    ),
    (
        "{name} had a bruise on {their} shin when {they} changed for PE.",
        "PE changing room",
        ("front", "shin-left", "bruise", "yellow-green", "round, about 2 cm", "I walked into the table at home"),
    ),
]
# A bruise explained by the child; on its own it raises nothing.
BRUISES: list[tuple[str, str, tuple[str, str, str, str, str, str]]] = [
    (
        "I noticed a bruise on {name}'s upper arm when {they} rolled up {their} sleeve in art.",
        "classroom",
        ("front", "upper-arm-left", "bruise", "blue-purple", "oval, about 2 cm", "I fell over at the park"),
    ),
]
# category: [(decision, rationale)] for the leads' simulated decisions on older concerns
DECISIONS: dict[str, list[tuple[str, str]]] = {
    "neglect": [
        ("early-help", "Pattern of hunger and poor hygiene; parents agreed to an early help assessment."),
        ("monitor", "First concern of this kind; class teacher to monitor breakfast club attendance for 4 weeks."),
    ],
    "physical-abuse": [
        ("refer-csc", "Injury with an explanation that does not fit; referred to MASH the same day."),
        ("monitor", "Explanation consistent with the injury and witnessed by a lunchtime supervisor."),
    ],
    "emotional-abuse": [("early-help", "Parent accepted support from the family support worker.")],
    "domestic-abuse": [("refer-csc", "Operation Encompass notification followed up; referred to children's services.")],
    "attendance": [("monitor", "Attendance officer to meet parents; weekly check by the class teacher.")],
    "mental-health": [("early-help", "Referred to the school counsellor with the parents' consent.")],
    "online-safety": [("refer-police", "Adult seeking images from a child: reported to police and CEOP.")],
    "child-on-child": [("monitor", "Behaviour policy applied; pupils separated at lunchtime; review in 2 weeks.")],
    "disclosure": [("refer-csc", "Disclosure of harm at home: referred to children's social care at once.")],
    "other": [("no-further-action", "Information noted; no further action needed at this time.")],
}
REFERRAL_OUTCOMES = [
    "Strategy discussion held; section 47 enquiry opened; child-protection plan agreed.",
    "Assessed as child in need; family support worker allocated.",
    "No further action by children's services; stepped down to early help.",
    "Police visited the home the same evening; safeguarding advice given.",
]
CLOSING_OUTCOMES = [
    "Monitoring period ended with no further concerns; closed.",
    "Support in place and working; closed after review with the class teacher.",
    "Outcome recorded from the referral; file kept open for the next concern.",
]
