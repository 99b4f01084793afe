//! Names no list holds, found by their context or by a clue elsewhere in the document.

use super::*;

const UNLISTED: &[Case] = &[
    case(
        "a body's name set off by commas after its kind",
        "The national rowing federation, FRBX, said it would appeal. Her party, Unidad Nueva, won.",
        &[("FRBX", Org), ("Unidad Nueva", Org)],
    ),
    case(
        "a start-up named after its kind",
        "Delivery start-up Zipsel cut jobs. Zipsel had raised $9 million.",
        &[("Zipsel", Org), ("Zipsel", Org)],
    ),
    case(
        "acronym of a lower-case body",
        "The bank's monetary policy committee (MPC) met. The MPC voted 4-2.",
        &[("MPC", Org), ("MPC", Org)],
    ),
    case(
        "capitalised particle after a particle, over a one-word company",
        "Growers' leader Jean-Marc de La Roche said it was late. De La Roche left.",
        &[("Jean-Marc de La Roche", Person), ("De La Roche", Person)],
    ),
    case(
        "Welsh and Urdu particles",
        "Its deputy, Dafydd ap Iorwerth, spoke. A spokesman, Tariq ul Hassan, said it was over.",
        &[("Dafydd ap Iorwerth", Person), ("Tariq ul Hassan", Person)],
    ),
    case(
        "role noun with a comma",
        "Its secretary, Rohan Kumar Bhatt, agreed.",
        &[("Rohan Kumar Bhatt", Person)],
    ),
    case(
        "a company's name less its head",
        "Vanterra Crest Properties bought the plot. Vanterra Crest’s lawyer objected.",
        &[("Vanterra Crest Properties", Org), ("Vanterra Crest", Org)],
    ),
    case("a pronoun is no company", "His coach, Ivo Marek, agreed.", &[("Ivo Marek", Person)]),
    case(
        "coordination keeps the kind",
        "Rivals Shopnest.com and Zelvo cut staff; Tadeo Quispe and Ulrike Brandtner left.",
        &[("Shopnest.com", Org), ("Zelvo", Org), ("Tadeo Quispe", Person), ("Ulrike Brandtner", Person)],
    ),
    case(
        "kin and passives name a person",
        "Obinna Achebe's wife was there. Ngozi Umeh was elected in May.",
        &[("Obinna Achebe", Person), ("Ngozi Umeh", Person)],
    ),
    case("a lower-case role before a name", "said virologist Obinna Nwosu.", &[("Obinna Nwosu", Person)]),
    case(
        "an appositive naming a body's kind",
        "Travolink, the regional transit agency, will build it.",
        &[("Travolink", Org)],
    ),
    case(
        "a body's possessive describes a person",
        "Chidinma Obidike, the agency’s representative, agreed.",
        &[("Chidinma Obidike", Person)],
    ),
    case(
        "a name after a preposition of place is no speaker",
        "A baker who works on Harlow Wharf, said trade was slow.",
        &[],
    ),
    case("a place that starts with a given name", "She grew up in Santa Cruz.", &[("Santa Cruz", Place)]),
    // REGRESSION: Igbo, Zulu, Irish and Hindi given names were in no list, so a name with no
    // cue beside it was missed (given_names.txt now holds Faker's first names of those locales).
    case(
        "international given names without a cue",
        "The plan was drawn up by Chukwuemeka Obi-Nwosu and backed by Jabulani Zwane. Saoirse Keane \
         and Siddharth Rao opposed it.",
        &[
            ("Chukwuemeka Obi-Nwosu", Person),
            ("Jabulani Zwane", Person),
            ("Saoirse Keane", Person),
            ("Siddharth Rao", Person),
        ],
    ),
    case(
        "organisations typed by their context",
        "Shares in Tessaro rose after the chief executive of Quillbrook quit. Its book was \
         published by Heinemann. Mjölkfront, which represents 9,000 farms, objected, and the \
         employers' federation Spekter agreed. Lactura, the co-operative that buys the milk, cut prices.",
        &[
            ("Tessaro", Org),
            ("Quillbrook", Org),
            ("Heinemann", Org),
            ("Mjölkfront", Org),
            ("Spekter", Org),
            ("Lactura", Org),
        ],
    ),
    case(
        "names shaped like a firm's",
        "A spokesman for Harrow & Finch LLP said BlackOrchid had hit ShadowKite, not Trinidad & Tobago.",
        &[
            ("Harrow & Finch LLP", Org),
            ("BlackOrchid", Org),
            ("ShadowKite", Org),
            ("Trinidad & Tobago", Place),
        ],
    ),
    case(
        "surnames written with an inner capital stay people",
        "Rep. Kevin McCarthy met Ron DeSantis.",
        &[("Kevin McCarthy", Person), ("Ron DeSantis", Person)],
    ),
    case(
        "a part of a dash-joined name is no name",
        "Voters backed GroenLinks–PvdA, and the party GroenLinks–PvdA won.",
        &[],
    ),
    case(
        "a short name in brackets after a body",
        "The Oswaldo Cruz Foundation (Fiocruz) agreed. Fiocruz will test it.",
        &[("Oswaldo Cruz Foundation", Org), ("Fiocruz", Org), ("Fiocruz", Org)],
    ),
    case(
        "heads of health systems, sports bodies and firms",
        "Grayson Health, Sri Lanka Cricket and European Professional Club Rugby agreed; Public Health \
         officials did not.",
        &[("Grayson Health", Org), ("Sri Lanka Cricket", Org), ("European Professional Club Rugby", Org)],
    ),
    case(
        "a transfer's club",
        "Leeds won 2-1. The striker signed for Hearts in July and later joined Rovers.",
        &[("Leeds", Org), ("Hearts", Org), ("Rovers", Org)],
    ),
    case(
        "a given name's word sense stays out",
        "Rua Augusta was closed. Kaiser Permanente agreed. Corona Extra sales rose.",
        &[],
    ),
    // REGRESSION: "Hessa Al Falasi" was the person "Al Falasi" ("Al" a given name); "Open
    // Croatia" and "Independent Ireland" lost their country to a PLACE; "the City Rail Link, the
    // underground line" was a PERSON; the court lost "for the District of Delaware".
    case(
        "a capitalised particle after an unknown name word starts the family name",
        "It was founded by Taghrid Al Marzooqi in 2019.",
        &[("Taghrid Al Marzooqi", Person)],
    ),
    case(
        "a party named after its country, after a political leaning and then alone",
        "The vote went to the liberal Forward Estonia. Forward Estonia will join the cabinet.",
        &[("Forward Estonia", Org), ("Forward Estonia", Org)],
    ),
    case(
        "a name after the, described with an article, is no person",
        "Homes near the Harbour Tram Link, the new light-rail line, sold fast.",
        &[],
    ),
    case(
        "a complement after the is part of an organisation's name",
        "The U.S. Bankruptcy Court for the District of Delaware approved the sale.",
        &[("U.S. Bankruptcy Court for the District of Delaware", Org)],
    ),
    case(
        "two unlisted words, and the second alone before a speech verb elsewhere",
        "Belarusian Tavia Orlenko beat Mira Santori on Saturday. Orlenko said she was tired.",
        &[("Belarusian", Group), ("Tavia Orlenko", Person), ("Mira Santori", Person), ("Orlenko", Person)],
    ),
    case(
        "players, not clubs, either side of set scores",
        "Tavia Orlenko beat Santori 6-3 6-4 to win the title. “I was ready,” said Orlenko.",
        &[("Tavia Orlenko", Person), ("Santori", Person), ("Orlenko", Person)],
    ),
    case(
        "two unlisted words whose second is alone with no cue stay unlabelled",
        "Tavia Orlenko reached the final. Orlenko will play on Sunday.",
        &[],
    ),
    case(
        "a surname after two different words is nobody's for sure",
        "Tavia Orlenko and Keva Orlenko won. Orlenko said it was close.",
        &[],
    ),
    case(
        "players of two words either side of set scores",
        "Tavia Orlenko beat Iker Zubeldia 6-3 6-4 in the final.",
        &[("Tavia Orlenko", Person), ("Iker Zubeldia", Person)],
    ),
    case(
        "a Vietnamese name shortened to its last part, at a sentence's start too",
        "Trinh Minh Khoi won again. Khoi, ranked 41st, served well.",
        &[("Trinh Minh Khoi", Person), ("Khoi", Person)],
    ),
    case(
        "a place's appositive",
        "Lagos, a former capital, grew. Nairobi, a district of offices, too.",
        &[("Lagos", Place), ("Nairobi", Place)],
    ),
    case(
        "one word before a role's appositive is a person, and the unlisted word after it elsewhere their surname",
        "Wulandari Setiabudi won the count. Wulandari, a former midwife, thanked voters. \
         Her rival, Darmansyah, a former district chief, lost.",
        &[("Wulandari Setiabudi", Person), ("Wulandari", Person), ("Darmansyah", Person)],
    ),
    case(
        "an appositive about a kind of firm is a firm's, not a person's",
        "Kuponik, a delivery start-up, grew. Zenovia, a former steel company, closed.",
        &[("Kuponik", Org), ("Zenovia", Org)],
    ),
    case(
        "a government and an investment firm are bodies, not people",
        "The Scottish Government said it would act. Zawisza Invest said it would bid.",
        &[("Scottish Government", Org), ("Zawisza Invest", Org)],
    ),
    // REGRESSION (review of 2026-12-03): storms, a kind of firm, a newspaper after its kind, a
    // building named after a person, a town after a preposition, a Vietnamese name's last word
    // as an ordinary word, a role that names things, clubs with two matches' scores.
    case("a storm is named like a person", "Hurricane Melissa hit Jamaica. Melissa struck the coast.", &[("Jamaica", Place)]),
    case("a kind of firm before a name", "Carmaker Vinfast cut its forecast. Vinfast said demand was weak.", &[]),
    case(
        "a building named after a person known by one word",
        "Darmansyah, a former district chief, won. Supporters gathered at Darmansyah Mosque.",
        &[("Darmansyah", Person), ("Darmansyah Mosque", Place)],
    ),
    case(
        "a newspaper after its kind",
        "The Polish daily Gazeta Wyborcza reported it. Wyborcza said it was final.",
        &[("Polish", Group), ("Gazeta Wyborcza", Org)],
    ),
    case(
        "a town after a preposition is no given name",
        "Jordan Henderson, 35, retired. After a decade at Liverpool Henderson moved to Qatar.",
        &[("Jordan Henderson", Person), ("Liverpool", Place), ("Henderson", Person), ("Qatar", Place)],
    ),
    case(
        "a Vietnamese name's last word opening a sentence with no cue",
        "Health Minister Nguyen Thanh Long spoke. Long queues formed in Hanoi.",
        &[("Nguyen Thanh Long", Person), ("Hanoi", Place)],
    ),
    case(
        "two matches' scores are no sets",
        "Celtic beat Rangers 3-0, 2-1 over the two legs.",
        &[("Celtic", Org), ("Rangers", Org)],
    ),
    case(
        "roles that name things",
        "Northvolt, a key player in the battery industry, failed. Inflation, a major driver of anger, rose.",
        &[],
    ),
    case(
        "an acronym, a single letter and a club's head are no part of such a name",
        "Serie A games resumed. Zorvan United drew. United said the pitch was poor. \
         Kuponik ZKT grew. ZKT said nothing.",
        &[("Zorvan United", Org), ("United", Org)],
    ),
    // REGRESSION: "University College Cork" was the person "College Cork", and Cork, a
    // common word, no city.
    case(
        "a body's head before a city or country",
        "Jane Doe, a lawyer at University College Cork, spoke. Bank Indonesia held rates in Cork.",
        &[("Jane Doe", Person), ("University College Cork", Org), ("Bank Indonesia", Org), ("Cork", Place)],
    ),
    // REGRESSION: a police force and a body's other name were persons, cued by "said".
    case(
        "a force's name after its kind",
        "State police force Fuerza Civil said it had deployed 1,800 officers.",
        &[("Fuerza Civil", Org)],
    ),
    case(
        "a body's other name is the body's",
        "Health New Zealand, also known as Te Whatu Ora, said 17 cases were children.",
        &[("Health New Zealand", Org), ("Te Whatu Ora", Org)],
    ),
    case(
        "a body named after its kind's noun at a sentence end",
        "Turnout was 41%, according to the state electoral institute, IEEPCNL.",
        &[("IEEPCNL", Org)],
    ),
    case(
        "what only a firm does after ', which'",
        "First Aberdeen, which runs most of the city's buses, welcomed the vote. Kowalik Foods, which makes crisps, grew.",
        &[("First Aberdeen", Org), ("Kowalik Foods", Org)],
    ),
    case(
        "one word after a role is a person's name",
        "VALENCIA, Spain (Reuters) - Substitute Tonet scored late. Brazilian midfielder Thiaguinho was booked.",
        &[("VALENCIA", Place), ("Spain", Place), ("Reuters", Org), ("Tonet", Person), ("Brazilian", Group), ("Thiaguinho", Person)],
    ),
    // REGRESSION: the mutated surname after "Ó" was cut off ("Pádraig Ó").
    case(
        "an Irish surname mutated after its particle",
        "Pádraig Ó hAodha SC told the court it was wrong. Ó hAodha declined to comment.",
        &[("Pádraig Ó hAodha", Person), ("Ó hAodha", Person)],
    ),
    // REGRESSION (review of 2026-12-03, helper-49): firms after roles they hold, persons after
    // "the leader of the party,", products after ", which sells", an alias of the subject's
    // role, a body named after "Lawyers for", and acronym-opened persons.
    case(
        "a firm after a role firms hold, or after an article, is no person",
        "Activist investor Elliott has a stake. The goalkeeper Brentford signed in January kept a clean sheet. \
         According to industry analyst Canalys, shipments fell. Resident Evil sold five million copies.",
        &[],
    ),
    case(
        "the holder of a body's role named after it is no body",
        "The case was brought by the leader of the main opposition party, Tundu Lissu.",
        &[],
    ),
    case(
        "a product that sells or a pipeline that supplies is no body",
        "Ozempic, which sells for about $1,000 a month, is popular. Druzhba, which supplies Slovakia, was hit.",
        &[("Slovakia", Place)],
    ),
    case(
        "an alias of the subject's role is not the body's",
        "The commander of the Rapid Support Forces, also known as Hemedti Dagalo, said his troops had won.",
        &[("Rapid Support Forces", Org), ("Hemedti Dagalo", Person)],
    ),
    case(
        "a body named after a connector starts at its own name",
        "Lawyers for Bank Indonesia said the claim was baseless.",
        &[("Bank Indonesia", Org)],
    ),
    case(
        "an acronym opens a person's name given a person's cue",
        "JPR Williams, the former Wales full-back, said the game had changed.",
        &[("JPR Williams", Person), ("Wales", Place)],
    ),
    // REGRESSION: "told the Irish Examiner" gave a people, not the newspaper.
    case(
        "national newspapers are outlets",
        "She told the Irish Examiner it was final. He told Folha de S.Paulo the same.",
        &[("Irish Examiner", Org), ("Folha de S.Paulo", Org)],
    ),
    case(
        "a name where people live or land is a place",
        "Homes in Riverstown flooded. A boat sank near the jetty at Mtongwe. He was going home to Likoni. \
         Houses in Jane Doe's portfolio sold.",
        &[("Riverstown", Place), ("Mtongwe", Place), ("Likoni", Place), ("Jane Doe", Person)],
    ),
    // REGRESSION (second review of 2026-12-03, helper-50): a speech verb after one word after
    // a role, one-word bodies after "the chief executive of the firm,", "Bank of America
    // Securities Japan", acronym-opened bodies whose appositive names a role further on.
    case(
        "a speech verb after one word after a role firms hold makes a person",
        "“We deserved it,” manager Parkinson said. The manager Arteta told reporters it was fine.",
        &[("Parkinson", Person), ("Arteta", Person)],
    ),
    case(
        "one word after the kind of a role's body is the body",
        "The chief executive of the payments firm, Paystack, resigned.",
        &[("Paystack", Org)],
    ),
    case(
        "a head, a connector after a head, and a country",
        "The Bank of America Securities Japan unit was sold.",
        &[("Bank of America Securities Japan", Org)],
    ),
    case(
        "an acronym's appositive that names a role further on names no person",
        "NHS Grampian, the health board led by chief executive Adam Coldwells, said waits fell.",
        &[("Adam Coldwells", Person)],
    ),
    case(
        "Irish bodies named with the article An",
        "An Bord Pleanála granted it. An Garda Síochána said two men were held.",
        &[("An Bord Pleanála", Org), ("An Garda Síochána", Org)],
    ),
    // REGRESSION: "NHS Tayside, the health board," was a person, cued by its appositive.
    case(
        "an acronym opens no person's name",
        "NHS Tayside, the health board that runs the hospital, closed two wards. JB Pritzker, the governor, spoke.",
        &[("JB Pritzker", Person)],
    ),
];

#[test]
fn unlisted_name_table() {
    run(UNLISTED);
}
