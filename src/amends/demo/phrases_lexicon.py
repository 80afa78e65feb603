"""Word lists the demo draws on: people's names, staff, products, plans and departments.

Names come from many languages on purpose: identity matching, e-mail derivation and the console all
have to cope with accents, short names and long ones.
"""

from __future__ import annotations

FIRST_NAMES: tuple[str, ...] = (
    # English-speaking
    "Emma", "Oliver", "Grace", "Liam", "Hannah", "Jack", "Chloe", "Ethan", "Megan", "Harry",
    "Sophie", "Daniel", "Lucy", "Ryan", "Abigail", "Connor", "Molly", "Tyler", "Brooke", "Noah",
    # Spanish and Portuguese
    "José", "Lucía", "Mateo", "Valentina", "Diego", "Camila", "Javier", "Sofía", "Thiago",
    "Beatriz", "Rafael", "Ana", "Joaquín", "Marisol",
    # South Asian
    "Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Sanjana", "Rahul", "Aisha", "Imran",
    "Farah", "Nikhil",
    # East and South-East Asian
    "Wei", "Mei", "Jun", "Yuki", "Haruto", "Sakura", "Min-jun", "Ji-woo", "Linh", "Minh",
    "Mai", "Jia", "Hiroshi", "Nguyen", "Siti", "Rizal",
    # African
    "Chidi", "Ngozi", "Kwame", "Ama", "Tunde", "Folake", "Abebe", "Selam", "Thabo", "Zanele",
    "Kofi", "Adaeze", "Musa", "Wanjiru",
    # Arabic, Persian, Turkish
    "Omar", "Layla", "Yusuf", "Fatima", "Karim", "Nadia", "Reza", "Shirin", "Emre", "Elif",
    # European
    "Lukas", "Marie", "Jonas", "Léa", "Matteo", "Giulia", "Zoë", "Sven", "Ingrid", "Piotr",
    "Agnieszka", "Łukasz", "Dimitris", "Eleni", "Siobhán", "Ciarán", "Anouk", "Bram", "Björn",
    "Małgorzata", "François", "Søren",
)  # fmt: skip

LAST_NAMES: tuple[str, ...] = (
    "Smith", "Johnson", "Williams", "Brown", "Taylor", "Walker", "Hughes", "Bennett", "Clarke",
    "Murphy", "O'Brien", "Kelly", "McCarthy", "Robinson", "Foster", "Hayes", "Price", "Ward",
    "García", "Rodríguez", "Martínez", "López", "Hernández", "Pereira", "Silva", "Santos",
    "Oliveira", "Castillo", "Navarro", "Ortega",
    "Patel", "Sharma", "Singh", "Gupta", "Iyer", "Reddy", "Khan", "Chaudhry", "Banerjee", "Nair",
    "Wang", "Li", "Zhang", "Chen", "Liu", "Tanaka", "Suzuki", "Watanabe", "Kim", "Park",
    "Choi", "Tran", "Pham", "Le", "Santoso", "Reyes", "Dela Cruz",
    "Okafor", "Adeyemi", "Mensah", "Boateng", "Okonkwo", "Mwangi", "Tesfaye", "Ndlovu",
    "Haddad", "Nasser", "Farouk", "Hosseini", "Yilmaz", "Demir", "Aziz",
    "Müller", "Schmidt", "Fischer", "Weber", "Becker", "Rossi", "Bianchi", "Ferrari",
    "Dubois", "Lefèvre", "Moreau", "Jansen", "de Vries", "Nowak", "Kowalski", "Wiśniewska",
    "Papadopoulos", "Andersson", "Lindqvist", "Nielsen", "Novák", "Horvat",
)  # fmt: skip

# Front-line staff, by first name only, as customers quote them.
AGENTS: tuple[str, ...] = (
    "Marcus", "Priya", "Jodie", "Tomasz", "Aaliyah", "Ben", "Keisha", "Dev", "Rosa", "Callum",
    "Nia", "Stefan", "Hana", "Luis", "Bronwyn", "Femi", "Irina", "Declan", "Yasmin", "Otis",
    "Carmen", "Raj", "Shona", "Kenji",
)  # fmt: skip

PRODUCTS: tuple[str, ...] = (
    "standing desk", "espresso machine", "rain jacket", "air fryer", "wireless headphones",
    "kettle", "duvet set", "office chair", "baby monitor", "pair of hiking boots", "blender",
    "desk lamp", "winter coat", "pair of running shoes", "cast iron pan", "bike helmet",
    "smart thermostat", "vacuum cleaner", "toaster", "bookshelf", "electric toothbrush",
    "yoga mat", "suitcase", "printer", "wifi router", "mattress topper", "set of dining chairs",
    "kids' scooter", "laptop stand", "slow cooker", "garden bench", "sewing machine",
    "food processor", "weighted blanket", "car seat", "camping stove", "hair dryer",
)  # fmt: skip

# Orders where lateness is more than an annoyance: they feed the "worry" texts.
URGENT_PRODUCTS: tuple[str, ...] = (
    "blood pressure monitor", "box of glucose test strips", "pack of hearing aid batteries",
    "inhaler spacer", "pair of wedding shoes", "school uniform", "passport wallet", "baby formula",
    "mobility cushion",
)  # fmt: skip

PLANS: tuple[str, ...] = (
    "Plus plan", "Premium membership", "monthly box", "annual subscription", "delivery pass",
    "family plan", "Basic plan",
)  # fmt: skip

DEPARTMENTS: tuple[str, ...] = (
    "billing", "deliveries", "returns", "accounts", "technical support", "customer care",
    "complaints", "sales",
)  # fmt: skip

CARRIERS: tuple[str, ...] = ("parcel-express", "swiftpost", "home-freight", "citycourier")

# Fictional: 555-01xx numbers are reserved for fiction in the US; 020 7946 0xxx in London.
US_AREA_CODES: tuple[str, ...] = ("415", "212", "312", "206", "617", "303", "512", "213")

EMAIL_DOMAINS: tuple[str, ...] = ("example.com", "example.org", "example.net")

CUSTOMER_TAGS: tuple[str, ...] = (
    "newsletter", "b2b", "student", "app-user", "early-adopter", "accessibility", "wholesale",
    "gift-buyer", "referral",
)  # fmt: skip

WEEKDAYS: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip

MONTHS: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
