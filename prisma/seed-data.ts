// The demands a new database starts with. Written from the facts of the source release only:
// ANI (2024), the East Turkistan Government in Exile's press release on Genocide Recognition and
// Remembrance Day. Nothing here goes beyond what the release says.
import type { CampaignStatus, TargetStatus } from "../lib/generated/prisma/enums";

type Text = { title: string; summary: string; body: string };

export type SeedCampaign = Text & {
  slug: string;
  locale: string;
  status: CampaignStatus;
  goal: number;
  sourceTitle: string;
  translations: Record<string, Text>;
  targets: {
    key: string;
    name: string;
    institution: string;
    status: TargetStatus;
    translations: Record<string, { name: string; institution: string }>;
  }[];
  events: { occurredOn: string; title: string; body: string; targetKey?: string; translations: Record<string, { title: string; body: string }> }[];
};

const SOURCE =
  "ANI (2024): “East Turkistan Government in Exile observes ‘Genocide Recognition and Remembrance Day’”, " +
  "reporting the press release of the East Turkistan Government in Exile";

const US_DETERMINATION = {
  occurredOn: "2021-01-19",
  title: "United States determines that China's atrocities are genocide and crimes against humanity",
  body:
    "On 19 January 2021, under then Secretary of State Mike Pompeo, the United States formally recognised " +
    "China's systematic atrocities against Uyghurs, Kazakhs, Kyrgyz and other Turkic peoples in East Turkistan " +
    "as genocide and crimes against humanity. The East Turkistan Government in Exile calls it a significant " +
    "milestone and says that the struggle is far from over.",
  translations: {
    ug: {
      title: "ئامېرىكا خىتاينىڭ ۋەھشىيلىكلىرىنى ئىرقىي قىرغىنچىلىق ۋە ئىنسانىيەتكە قارشى جىنايەت دەپ بېكىتتى",
      body:
        "2021-يىلى 19-يانۋار، شۇ چاغدىكى تاشقى ئىشلار مىنىستىرى مايك پومپېئونىڭ رەھبەرلىكىدە، ئامېرىكا خىتاينىڭ " +
        "شەرقىي تۈركىستاندىكى ئۇيغۇر، قازاق، قىرغىز ۋە باشقا تۈركىي خەلقلەرگە قاراتقان سىستېمىلىق ۋەھشىيلىكلىرىنى " +
        "ئىرقىي قىرغىنچىلىق ۋە ئىنسانىيەتكە قارشى جىنايەت دەپ رەسمىي ئېتىراپ قىلدى. شەرقىي تۈركىستان سۈرگۈندىكى " +
        "ھۆكۈمىتى بۇنى مۇھىم بىر مىلتاش دەپ، كۈرەشنىڭ تېخى ئاخىرلاشمىغانلىقىنى ئېيتتى.",
    },
  },
};

const CONTEXT =
  "The East Turkistan Government in Exile (ETGE) says that millions of Uyghurs, Kazakhs, Kyrgyz and other " +
  "Turkic peoples remain interned in concentration camps and prisons, that millions more are subjected to " +
  "forced labour, and that nearly a million children have been separated from their families and interned " +
  "in state-run camps.";

const UG_CONTEXT =
  "شەرقىي تۈركىستان سۈرگۈندىكى ھۆكۈمىتىنىڭ بايانىچە، مىليونلىغان ئۇيغۇر، قازاق، قىرغىز ۋە باشقا تۈركىي " +
  "خەلقلەر ھازىرمۇ جازا لاگېرلىرى ۋە تۈرمىلەرگە سولانغان، يەنە مىليونلىغان كىشىلەر مەجبۇرىي ئەمگەككە " +
  "سېلىنغان، بىر مىليونغا يېقىن بالا ئائىلىسىدىن ئايرىلىپ دۆلەت لاگېرلىرىغا قامالغان.";

export const seedCampaigns: SeedCampaign[] = [
  {
    slug: "special-coordinator-east-turkistan",
    locale: "en",
    status: "OPEN",
    goal: 10000,
    sourceTitle: SOURCE,
    title: "Appoint a Special Coordinator for East Turkistani Affairs",
    summary:
      "We call on the US Department of State to appoint a Special Coordinator for East Turkistani Affairs to coordinate an international response to the crisis in East Turkistan.",
    body: [
      "## The demand",
      "The East Turkistan Government in Exile calls for the appointment of a **Special Coordinator for East Turkistani Affairs** within the US Department of State.",
      "According to the ETGE, this position would play a pivotal role in coordinating an international response and in bringing sustained attention to the crisis in East Turkistan.",
      "## Why now",
      CONTEXT,
      "On 19 January 2021 the United States formally recognised China's atrocities in East Turkistan as genocide and crimes against humanity. ETGE President Dr. Mamtimin Ala called the recognition a significant milestone, and added: “However, the struggle is far from over. We need sustained international pressure and concrete actions to end these atrocities.”",
    ].join("\n\n"),
    translations: {
      ug: {
        title: "شەرقىي تۈركىستان ئىشلىرى بويىچە ئالاھىدە كوئوردىناتور تەيىنلەنسۇن",
        summary:
          "ئامېرىكا تاشقى ئىشلار مىنىستىرلىكىدىن شەرقىي تۈركىستاندىكى كرىزىسقا قارىتا خەلقئارالىق ئىنكاسنى ماسلاشتۇرىدىغان شەرقىي تۈركىستان ئىشلىرى بويىچە ئالاھىدە كوئوردىناتور تەيىنلىشىنى تەلەپ قىلىمىز.",
        body: [
          "## تەلەپ",
          "شەرقىي تۈركىستان سۈرگۈندىكى ھۆكۈمىتى ئامېرىكا تاشقى ئىشلار مىنىستىرلىكىدە **شەرقىي تۈركىستان ئىشلىرى بويىچە ئالاھىدە كوئوردىناتور** تەيىنلىنىشىنى تەلەپ قىلىدۇ.",
          "سۈرگۈندىكى ھۆكۈمەتنىڭ قارىشىچە، بۇ ۋەزىپە خەلقئارالىق ئىنكاسنى ماسلاشتۇرۇش ۋە شەرقىي تۈركىستاندىكى كرىزىسقا ئىزچىل دىققەت تارتىشتا ھالقىلىق رول ئوينايدۇ.",
          "## نېمە ئۈچۈن ھازىر",
          UG_CONTEXT,
          "2021-يىلى 19-يانۋار ئامېرىكا خىتاينىڭ شەرقىي تۈركىستاندىكى ۋەھشىيلىكلىرىنى ئىرقىي قىرغىنچىلىق ۋە ئىنسانىيەتكە قارشى جىنايەت دەپ رەسمىي ئېتىراپ قىلدى. سۈرگۈندىكى ھۆكۈمەتنىڭ پرېزىدېنتى دوكتور مەمتىمىن ئالا بۇ ئېتىراپنى مۇھىم بىر مىلتاش دەپ، كۈرەشنىڭ تېخى ئاخىرلاشمىغانلىقىنى تەكىتلىدى.",
        ].join("\n\n"),
      },
    },
    targets: [{ key: "state", name: "Secretary of State", institution: "US Department of State", status: "NO_RESPONSE", translations: { ug: { name: "تاشقى ئىشلار مىنىستىرى", institution: "ئامېرىكا تاشقى ئىشلار مىنىستىرلىكى" } } }],
    events: [{ ...US_DETERMINATION, targetKey: "state" }],
  },
  {
    slug: "support-icc-complaint",
    locale: "en",
    status: "OPEN",
    goal: 10000,
    sourceTitle: SOURCE,
    title: "Support East Turkistan's legal complaint before the International Criminal Court",
    summary:
      "We call on the ICC Office of the Prosecutor and the governments of the Court's States Parties to support East Turkistan's legal complaint, to hold the Chinese government accountable and prevent further atrocities.",
    body: [
      "## The demand",
      "The East Turkistan Government in Exile emphasises the importance of **supporting East Turkistan's legal complaint before the International Criminal Court**.",
      "The ETGE calls this step critical in holding the Chinese government accountable and in preventing further atrocities.",
      "## Why it matters",
      CONTEXT,
      "ETGE Vice President Sayragul Sauytbay, a witness of the camps, urges the global community “to acknowledge and act against the continuing genocide in East Turkistan.”",
    ].join("\n\n"),
    translations: {
      ug: {
        title: "خەلقئارا جىنايى ئىشلار سوت مەھكىمىسىدىكى شەرقىي تۈركىستان ئەرزىنى قوللاڭ",
        summary:
          "خەلقئارا جىنايى ئىشلار سوت مەھكىمىسىنىڭ باش ئەيىبلىگۈچى ئىشخانىسى ۋە ئەزا دۆلەتلەرنىڭ ھۆكۈمەتلىرىدىن خىتاي ھۆكۈمىتىنى جاۋابكارلىققا تارتىش ۋە تېخىمۇ كۆپ ۋەھشىيلىكنىڭ ئالدىنى ئېلىش ئۈچۈن شەرقىي تۈركىستاننىڭ قانۇنىي ئەرزىنى قوللىشىنى تەلەپ قىلىمىز.",
        body: [
          "## تەلەپ",
          "شەرقىي تۈركىستان سۈرگۈندىكى ھۆكۈمىتى **خەلقئارا جىنايى ئىشلار سوت مەھكىمىسىدىكى شەرقىي تۈركىستاننىڭ قانۇنىي ئەرزىنى قوللاشنىڭ** مۇھىملىقىنى تەكىتلەيدۇ.",
          "سۈرگۈندىكى ھۆكۈمەت بۇ قەدەمنى خىتاي ھۆكۈمىتىنى جاۋابكارلىققا تارتىش ۋە تېخىمۇ كۆپ ۋەھشىيلىكنىڭ ئالدىنى ئېلىشتا ھالقىلىق دەپ قارايدۇ.",
          "## نېمە ئۈچۈن مۇھىم",
          UG_CONTEXT,
        ].join("\n\n"),
      },
    },
    targets: [
      { key: "otp", name: "Office of the Prosecutor", institution: "International Criminal Court", status: "NO_RESPONSE", translations: { ug: { name: "باش ئەيىبلىگۈچى ئىشخانىسى", institution: "خەلقئارا جىنايى ئىشلار سوت مەھكىمىسى" } } },
      { key: "states", name: "Governments of States Parties", institution: "Rome Statute of the International Criminal Court", status: "NO_RESPONSE", translations: { ug: { name: "ئەزا دۆلەتلەرنىڭ ھۆكۈمەتلىرى", institution: "خەلقئارا جىنايى ئىشلار سوت مەھكىمىسىنىڭ رىم نىزامنامىسى" } } },
    ],
    events: [],
  },
  {
    slug: "icj-genocide-referral",
    locale: "en",
    status: "OPEN",
    goal: 10000,
    sourceTitle: SOURCE,
    title: "Refer China's ongoing genocide to the International Court of Justice",
    summary:
      "We call on UN member states able to bring a case to refer China's ongoing genocide in East Turkistan to the International Court of Justice.",
    body: [
      "## The demand",
      "The East Turkistan Government in Exile calls for **referring China's ongoing genocide to the International Court of Justice**, a step it calls critical in holding the Chinese government accountable and preventing further atrocities.",
      "A case before the International Court of Justice is brought by a state, so this demand is addressed to the governments of UN member states that are able to bring one.",
      "## Why it matters",
      CONTEXT,
      "“It is imperative to recognise that the genocide in East Turkistan is not a closed chapter in history but an ongoing nightmare in 2024,” said ETGE Foreign Minister Salih Hudayar.",
    ].join("\n\n"),
    translations: {
      ug: {
        title: "خىتاينىڭ داۋاملىشىۋاتقان ئىرقىي قىرغىنچىلىقى خەلقئارا سوت مەھكىمىسىگە سۇنۇلسۇن",
        summary:
          "دەۋا قوزغاشقا ھوقۇقلۇق ب د ت ئەزا دۆلەتلىرىدىن خىتاينىڭ شەرقىي تۈركىستاندا داۋاملىشىۋاتقان ئىرقىي قىرغىنچىلىقىنى خەلقئارا سوت مەھكىمىسىگە سۇنۇشىنى تەلەپ قىلىمىز.",
        body: [
          "## تەلەپ",
          "شەرقىي تۈركىستان سۈرگۈندىكى ھۆكۈمىتى **خىتاينىڭ داۋاملىشىۋاتقان ئىرقىي قىرغىنچىلىقىنى خەلقئارا سوت مەھكىمىسىگە سۇنۇشنى** تەلەپ قىلىدۇ ۋە بۇنى خىتاي ھۆكۈمىتىنى جاۋابكارلىققا تارتىشتا ھالقىلىق قەدەم دەپ قارايدۇ.",
          "خەلقئارا سوت مەھكىمىسىدە دەۋانى پەقەت دۆلەتلەرلا قوزغىيالايدۇ، شۇڭا بۇ تەلەپ دەۋا قوزغاشقا ھوقۇقلۇق ب د ت ئەزا دۆلەتلىرىنىڭ ھۆكۈمەتلىرىگە قارىتىلغان.",
          "## نېمە ئۈچۈن مۇھىم",
          UG_CONTEXT,
        ].join("\n\n"),
      },
    },
    targets: [
      { key: "states", name: "UN member states able to bring a case", institution: "International Court of Justice", status: "NO_RESPONSE", translations: { ug: { name: "دەۋا قوزغىيالايدىغان ب د ت ئەزا دۆلەتلىرى", institution: "خەلقئارا سوت مەھكىمىسى" } } },
    ],
    events: [],
  },
  {
    slug: "recognise-east-turkistan-occupied",
    locale: "en",
    status: "OPEN",
    goal: 10000,
    sourceTitle: SOURCE,
    title: "Recognise East Turkistan as an occupied country",
    summary:
      "We call on governments, starting with the United States, to recognise East Turkistan as an occupied country.",
    body: [
      "## The demand",
      "ETGE Foreign Minister Salih Hudayar called on the international community, particularly the United States, to confront the continuing atrocities: “Recognising East Turkistan as an occupied country is not just a symbolic gesture but a necessary step towards dismantling the root of this crisis and restoring the rights of our people.”",
      "## Why it matters",
      CONTEXT,
    ].join("\n\n"),
    translations: {
      ug: {
        title: "شەرقىي تۈركىستان ئىشغال قىلىنغان دۆلەت دەپ ئېتىراپ قىلىنسۇن",
        summary:
          "ھۆكۈمەتلەردىن، ئالدى بىلەن ئامېرىكىدىن، شەرقىي تۈركىستاننى ئىشغال قىلىنغان دۆلەت دەپ ئېتىراپ قىلىشىنى تەلەپ قىلىمىز.",
        body: [
          "## تەلەپ",
          "سۈرگۈندىكى ھۆكۈمەتنىڭ تاشقى ئىشلار مىنىستىرى سالىھ خۇدايار خەلقئارا جەمئىيەتنى، بولۇپمۇ ئامېرىكىنى داۋاملىشىۋاتقان ۋەھشىيلىكلەرگە قارشى تۇرۇشقا چاقىردى ۋە شەرقىي تۈركىستاننى ئىشغال قىلىنغان دۆلەت دەپ ئېتىراپ قىلىشنىڭ بۇ كرىزىسنىڭ يىلتىزىنى قومۇرۇش ۋە خەلقىمىزنىڭ ھوقۇقلىرىنى ئەسلىگە كەلتۈرۈشتىكى زۆرۈر قەدەم ئىكەنلىكىنى تەكىتلىدى.",
          "## نېمە ئۈچۈن مۇھىم",
          UG_CONTEXT,
        ].join("\n\n"),
      },
    },
    targets: [
      { key: "us", name: "Government of the United States", institution: "United States", status: "NO_RESPONSE", translations: { ug: { name: "ئامېرىكا ھۆكۈمىتى", institution: "ئامېرىكا قوشما شتاتلىرى" } } },
      { key: "governments", name: "Other governments", institution: "UN member states", status: "NO_RESPONSE", translations: { ug: { name: "باشقا ھۆكۈمەتلەر", institution: "ب د ت ئەزا دۆلەتلىرى" } } },
    ],
    events: [{ ...US_DETERMINATION, targetKey: "us" }],
  },
];
