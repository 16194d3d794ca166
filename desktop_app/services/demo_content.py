"""Words for the demo school: names from many backgrounds and concerns as staff really write them."""

from __future__ import annotations

FORENAMES = [
    "Oliver",
    "Amelia",
    "Mohammed",
    "Isla",
    "Noah",
    "Ava",
    "Jakub",
    "Zofia",
    "Ahmed",
    "Şeyma",
    "Leo",
    "Mia",
    "Kacper",
    "Aisha",
    "George",
    "Freya",
    "Dawid",
    "Maja",
    "Yusuf",
    "Grace",
    "Arjun",
    "Priya",
    "Chidi",
    "Amara",
    "Tomasz",
    "Lena",
    "Ibrahim",
    "Fatima",
    "Harry",
    "Ellie",
    "Oskar",
    "Hania",
    "Kofi",
    "Ama",
    "Luca",
    "Sofia",
    "Daniel",
    "Ruby",
    "Mateusz",
    "Nadia",
    "Ali",
    "Zara",
    "Jack",
    "Poppy",
    "Emre",
    "Elif",
    "Dmitri",
    "Anya",
]
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

# category: (what happened, child's words, action taken)
CONCERNS: dict[str, list[tuple[str, str, str]]] = {
    "neglect": [
        (
            "{name} arrived without a coat in the rain and said they had not had breakfast. Ate two bowls at breakfast "
            "club.",
            "There wasn't any food at home.",
            "Gave breakfast; told the DSL at 9:05.",
        ),
        (
            "{name} was seen taking food from other children's lunch boxes at lunchtime.",
            "I'm hungry all the time.",
            "Spoke with {name} kindly; informed the DSL.",
        ),
        (
            "{name}'s uniform has been unwashed all week and they smell strongly of urine.",
            "",
            "Spare uniform given by the office; recorded for the DSL.",
        ),
        (
            "{name} was collected 50 minutes late again; no adult answered the phone.",
            "Mum was asleep.",
            "Stayed with {name} in the office until collected.",
        ),
    ],
    "physical-abuse": [
        (
            "I noticed a bruise on {name}'s arm when they rolled up their sleeve in art.",
            "I fell over.",
            "Completed the body map; passed to the DSL straight away.",
        ),
        ("{name} flinched when I raised my hand to point at the board.", "", "Recorded and told the DSL."),
        (
            "{name} had a red mark on the side of the face at registration.",
            "I banged it on the door.",
            "Body map completed; DSL informed at 8:55.",
        ),
    ],
    "emotional-abuse": [
        (
            "{name} said they are called stupid at home and told they are not wanted.",
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
    ],
    "mental-health": [
        (
            "{name} was tearful all morning and said they can't sleep.",
            "I keep thinking something bad will happen.",
            "Time with the learning mentor; DSL informed.",
        ),
    ],
    "online-safety": [
        (
            "{name} showed a friend messages from an adult they met in a game asking for photos.",
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
    ],
    "disclosure": [
        (
            "During reading {name} said an adult at home hurts them when they are naughty.",
            "He hits me with the belt.",
            "Listened, did not question; told {name} I must tell the DSL; told the DSL.",
        ),
    ],
}
INJURY_SITES = [  # view, region, type, colour, shape, explanation
    ("front", "upper-arm-left", "bruise", "blue-purple", "oval, fingertip-sized", "I fell over."),
    ("front", "upper-arm-right", "bruise", "yellow-green", "round", "My brother did it."),
    ("head-left", "ear-left", "bruise", "purple", "patterned", ""),
    ("front", "cheek-right", "mark", "red", "linear", "I banged it on the door."),
    ("front", "shin-left", "bruise", "blue", "round", "I fell off my bike."),
    ("back", "upper-back", "bruise", "purple", "linear, parallel", ""),
    ("front", "knee-right", "scratch", "red", "linear", "I fell in the playground."),
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
