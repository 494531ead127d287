// The demands a new database starts with, and the record behind them. Written from the source
// release (ANI, 2024: the East Turkistan Government in Exile's press release on Genocide
// Recognition and Remembrance Day) and, for the tracker, from the sources each event names: the
// ETGE's press releases of 15 December 2020 and 10 June 2021, and the US Secretary of State's
// determination of 19 January 2021. Claims are attributed to whoever made them and quoted in their
// own words; no position is recorded that a source does not state. The Uyghur text carries every
// paragraph and quotation of the English; docs/glossary.md fixes its terms.
import type { CampaignStatus, TargetStatus } from "../lib/generated/prisma/enums";

type Text = { title: string; summary: string; body: string };
type DecisionMakerText = { name: string; title: string; institution: string; jurisdiction: string };
type Source = { url: string | null; title: string; publisher: string; date: string };

export type SeedDecisionMaker = DecisionMakerText & {
  key: string;
  translations: Record<string, DecisionMakerText>;
  // How the same decision maker was written by the first seed (a per-campaign target), so that
  // a database seeded then can be corrected (see seed-corrections.ts).
  v1?: { name: string; institution: string };
};

export type SeedEvent = {
  key: string;
  occurredOn: string;
  title: string;
  body: string;
  translations: Record<string, { title: string; body: string }>;
  evidence: Source;
  positions: Record<string, TargetStatus>;
};

export type SeedCampaign = Text & {
  slug: string;
  locale: string;
  status: CampaignStatus;
  goal: number;
  source: Source;
  translations: Record<string, Text>;
  targets: string[];
  events: SeedEvent[];
};

const dm = (key: string, en: Partial<DecisionMakerText> & { name: string; institution: string }, ug: Partial<DecisionMakerText> & { name: string; institution: string }, v1?: SeedDecisionMaker["v1"]): SeedDecisionMaker => ({
  key,
  title: "",
  jurisdiction: "",
  ...en,
  translations: { ug: { title: "", jurisdiction: "", ...ug } },
  v1,
});

export const seedDecisionMakers: SeedDecisionMaker[] = [
  dm(
    "us-secretary-of-state",
    { name: "Secretary of State", institution: "US Department of State", jurisdiction: "United States" },
    { name: "تاشقى ئىشلار مىنىستىرى", institution: "ئامېرىكا تاشقى ئىشلار مىنىستىرلىكى", jurisdiction: "ئامېرىكا قوشما شتاتلىرى" },
    { name: "Secretary of State", institution: "US Department of State" },
  ),
  dm(
    "icc-office-of-the-prosecutor",
    { name: "Office of the Prosecutor", institution: "International Criminal Court" },
    { name: "باش ئەيىبلىگۈچى ئىشخانىسى", institution: "خەلقئارا جىنايى ئىشلار سوت مەھكىمىسى" },
    { name: "Office of the Prosecutor", institution: "International Criminal Court" },
  ),
  dm(
    "icc-states-parties",
    { name: "States Parties to the Rome Statute", title: "Governments of the Court's member states", institution: "International Criminal Court" },
    { name: "رىم نىزامنامىسىگە ئەزا دۆلەتلەر", title: "سوت مەھكىمىسىگە ئەزا دۆلەتلەرنىڭ ھۆكۈمەتلىرى", institution: "خەلقئارا جىنايى ئىشلار سوت مەھكىمىسى" },
    { name: "Governments of States Parties", institution: "Rome Statute of the International Criminal Court" },
  ),
  dm(
    "un-member-states",
    { name: "UN member states", title: "Governments able to bring a case before the International Court of Justice", institution: "United Nations" },
    { name: "ب د ت ئەزا دۆلەتلىرى", title: "خەلقئارا سوت مەھكىمىسىدە دەۋا قوزغىيالايدىغان ھۆكۈمەتلەر", institution: "بىرلەشكەن دۆلەتلەر تەشكىلاتى" },
    { name: "UN member states able to bring a case", institution: "International Court of Justice" },
  ),
  dm("un-general-assembly", { name: "UN General Assembly", institution: "United Nations" }, { name: "ب د ت باش يىغىنى", institution: "بىرلەشكەن دۆلەتلەر تەشكىلاتى" }),
  dm(
    "us-government",
    { name: "Government of the United States", institution: "United States" },
    { name: "ئامېرىكا ھۆكۈمىتى", institution: "ئامېرىكا قوشما شتاتلىرى" },
    { name: "Government of the United States", institution: "United States" },
  ),
  dm(
    "other-governments",
    { name: "Other governments", institution: "UN member states" },
    { name: "باشقا ھۆكۈمەتلەر", institution: "ب د ت ئەزا دۆلەتلىرى" },
    { name: "Other governments", institution: "UN member states" },
  ),
];

const RELEASE: Source = {
  url: null,
  title: "East Turkistan Government in Exile observes ‘Genocide Recognition and Remembrance Day’",
  publisher: "ANI, reporting the press release of the East Turkistan Government in Exile",
  date: "2024",
};

const ETGE_2020_12_15: Source = {
  url: "https://east-turkistan.net/press-release-update-icc-office-of-the-prosecutor-awaits-more-evidence-for-uyghur-genocide-case/",
  title: "Press Release: UPDATE: ICC Office of The Prosecutor Awaits more Evidence for Uyghur Genocide case",
  publisher: "East Turkistan Government in Exile",
  date: "2020-12-15",
};

const ETGE_2021_06_10: Source = {
  url: "https://east-turkistan.net/press-release-evidence-of-chinese-operatives-in-tajikistan-rounding-up-uyghurs-and-deporting-them-submitted-to-icc-prosecutors-to-establish-jurisdiction/",
  title: "Press Release: Evidence of Chinese operatives in Tajikistan rounding up Uyghurs and deporting them submitted to ICC prosecutors to establish jurisdiction",
  publisher: "East Turkistan Government in Exile",
  date: "2021-06-10",
};

const US_DETERMINATION_SOURCE: Source = {
  url: "https://2017-2021.state.gov/determination-of-the-secretary-of-state-on-atrocities-in-xinjiang/",
  title: "Determination of the Secretary of State on Atrocities in Xinjiang",
  publisher: "US Department of State (archived website, 2017–2021)",
  date: "2021-01-19",
};

// The 19 January 2021 determination, in its own words: context for the demands addressed to the
// United States. It answers neither demand, so it moves no position.
const US_DETERMINATION: SeedEvent = {
  key: "us-determination-2021",
  occurredOn: "2021-01-19",
  title: "The US Secretary of State's determination on atrocities in Xinjiang",
  body:
    "In his determination, Secretary of State Mike Pompeo found that the People's Republic of China “has committed crimes against humanity against the predominantly Muslim Uyghurs and other members of ethnic and religious minority groups in Xinjiang” " +
    "and that it “has committed genocide against the predominantly Muslim Uyghurs and other ethnic and religious minority groups in Xinjiang”. " +
    "The East Turkistan Government in Exile's 2024 release calls the recognition “a significant milestone”. The determination states no position on this demand.",
  translations: {
    ug: {
      title: "ئامېرىكا تاشقى ئىشلار مىنىستىرىنىڭ شىنجاڭدىكى ۋەھشىيلىكلەر توغرىسىدىكى قارارى",
      body:
        "تاشقى ئىشلار مىنىستىرى مايك پومپېئو قارارىدا خىتاي خەلق جۇمھۇرىيىتىنىڭ «شىنجاڭدىكى ئاساسەن مۇسۇلمان ئۇيغۇرلار ۋە ئېتنىك ۋە دىنىي ئاز سانلىق گۇرۇپپىلارنىڭ باشقا ئەزالىرىغا قارشى ئىنسانىيەتكە قارشى جىنايەت ئۆتكۈزگەنلىكىنى» " +
        "ۋە «شىنجاڭدىكى ئاساسەن مۇسۇلمان ئۇيغۇرلار ۋە باشقا ئېتنىك ۋە دىنىي ئاز سانلىق گۇرۇپپىلارغا قارشى ئىرقىي قىرغىنچىلىق ئۆتكۈزگەنلىكىنى» بېكىتتى. " +
        "شەرقىي تۈركىستان سۈرگۈندى ھۆكۈمىتىنىڭ 2024-يىلىدىكى باياناتى بۇ ئېتىراپنى «مۇھىم بىر مىلتاش» دەپ ئاتايدۇ. بۇ قارار بۇ تەلەپ ھەققىدە ھېچقانداق مەيدان بىلدۈرمەيدۇ.",
    },
  },
  evidence: US_DETERMINATION_SOURCE,
  positions: {},
};

const ICC_TIMELINE: SeedEvent[] = [
  {
    key: "icc-complaint-2020-07-06",
    occurredOn: "2020-07-06",
    title: "Article 15 complaint submitted to the ICC Prosecutor",
    body:
      "According to the East Turkistan Government in Exile, an Article 15 complaint was submitted to the ICC Prosecutor on behalf of the East Turkistan Government in Exile and the East Turkistan National Awakening Movement, " +
      "“asking for an investigation to be opened into genocide and crimes against humanity committed against the Uyghur people by Chinese officials”.",
    translations: {
      ug: {
        title: "خەلقئارا جىنايى ئىشلار سوت مەھكىمىسىنىڭ باش ئەيىبلىگۈچىسىگە 15-ماددا بويىچە ئەرز سۇنۇلدى",
        body:
          "شەرقىي تۈركىستان سۈرگۈندى ھۆكۈمىتىنىڭ بايانىچە، شەرقىي تۈركىستان سۈرگۈندى ھۆكۈمىتى ۋە شەرقىي تۈركىستان مىللىي ئويغىنىش ھەرىكىتى نامىدىن خەلقئارا جىنايى ئىشلار سوت مەھكىمىسىنىڭ باش ئەيىبلىگۈچىسىگە 15-ماددا بويىچە ئەرز سۇنۇلۇپ، " +
          "«خىتاي ئەمەلدارلىرىنىڭ ئۇيغۇر خەلقىگە قارشى ئۆتكۈزگەن ئىرقىي قىرغىنچىلىق ۋە ئىنسانىيەتكە قارشى جىنايەتلىرى ئۈستىدىن تەكشۈرۈش باشلاش» تەلەپ قىلىنغان.",
      },
    },
    evidence: ETGE_2020_12_15,
    positions: {},
  },
  {
    key: "icc-prosecutor-2020-12-14",
    occurredOn: "2020-12-14",
    title: "The Prosecutor finds too little evidence of jurisdiction to open an investigation at this stage",
    body:
      "According to the East Turkistan Government in Exile, the Prosecutor announced her preliminary decision on the complaint on 14 December 2020: " +
      "“there is not enough jurisdictional evidence at this stage to open an investigation, however, this could change when more evidence is received and considered by the Prosecutor”.",
    translations: {
      ug: {
        title: "باش ئەيىبلىگۈچى ھازىرقى باسقۇچتا تەكشۈرۈش باشلاشقا سوت قىلىش ھوقۇقىنى ئىسپاتلايدىغان دەلىل يېتەرسىز دەپ قارار قىلدى",
        body:
          "شەرقىي تۈركىستان سۈرگۈندى ھۆكۈمىتىنىڭ بايانىچە، باش ئەيىبلىگۈچى 2020-يىلى 14-دېكابىر ئەرز توغرىسىدىكى دەسلەپكى قارارىنى ئېلان قىلغان: " +
          "«ھازىرقى باسقۇچتا تەكشۈرۈش باشلاش ئۈچۈن سوت قىلىش ھوقۇقىنى ئىسپاتلايدىغان يېتەرلىك دەلىل يوق، لېكىن باش ئەيىبلىگۈچى تېخىمۇ كۆپ دەلىلنى تاپشۇرۇۋېلىپ كۆرۈپ چىققاندا بۇ ئۆزگىرىشى مۇمكىن».",
      },
    },
    evidence: ETGE_2020_12_15,
    positions: { "icc-office-of-the-prosecutor": "DECLINED_FOR_NOW" },
  },
  {
    key: "icc-new-evidence-2021-06-10",
    occurredOn: "2021-06-10",
    title: "New evidence on deportations from Tajikistan submitted to the Office of the Prosecutor",
    body:
      "According to the East Turkistan Government in Exile, lawyers acting for it, the East Turkistan National Awakening Movement and Uyghur victims submitted “a new dossier of evidence” to the Office of the Prosecutor " +
      "on Uyghurs rounded up and deported from Tajikistan, an ICC State Party, after the Office had said that more evidence was needed to establish jurisdiction.",
    translations: {
      ug: {
        title: "تاجىكىستاندىن زورلۇق بىلەن قايتۇرۇش توغرىسىدىكى يېڭى دەلىل باش ئەيىبلىگۈچى ئىشخانىسىغا سۇنۇلدى",
        body:
          "شەرقىي تۈركىستان سۈرگۈندى ھۆكۈمىتىنىڭ بايانىچە، ئۇنىڭ، شەرقىي تۈركىستان مىللىي ئويغىنىش ھەرىكىتىنىڭ ۋە زىيانكەشلىككە ئۇچرىغان ئۇيغۇرلارنىڭ ئادۋوكاتلىرى سوت مەھكىمىسىنىڭ ئەزا دۆلىتى بولغان تاجىكىستاندا تۇتۇلۇپ زورلۇق بىلەن قايتۇرۇلغان ئۇيغۇرلار توغرىسىدا " +
          "باش ئەيىبلىگۈچى ئىشخانىسىغا «يېڭى بىر يۈرۈش دەلىل» سۇنغان؛ بۇ، ئىشخانا سوت قىلىش ھوقۇقىنى ئىسپاتلاش ئۈچۈن تېخىمۇ كۆپ دەلىل كېرەك دېگەندىن كېيىن بولغان.",
      },
    },
    evidence: ETGE_2021_06_10,
    positions: {},
  },
];

const CONTEXT =
  "In the release, the ETGE states that “millions of Uyghurs, Kazakhs, Kyrgyz, and other Turkic peoples continue to be interned in concentration camps and prisons”, " +
  "that “millions more are enslaved in forced labour camps and factories across Occupied East Turkistan and throughout China”, " +
  "and that nearly a million Uyghur and other Turkic children have been separated from their families and interned in state-run camps.";

const UG_CONTEXT =
  "باياناتتا سۈرگۈندى ھۆكۈمەت «مىليونلىغان ئۇيغۇر، قازاق، قىرغىز ۋە باشقا تۈركىي خەلقلەر يىغىۋېلىش لاگېرلىرى ۋە تۈرمىلەردە داۋاملىق قامىلىپ تۇرماقتا» دەپ، " +
  "«يەنە مىليونلىغان كىشىلەر ئىشغال ئاستىدىكى شەرقىي تۈركىستان ۋە پۈتكۈل خىتاي بويىچە مەجبۇرىي ئەمگەك لاگېرلىرى ۋە زاۋۇتلاردا قۇللۇققا سېلىنماقتا» دەپ بايان قىلىدۇ، " +
  "شۇنداقلا بىر مىليونغا يېقىن ئۇيغۇر ۋە باشقا تۈركىي بالىلارنىڭ ئائىلىسىدىن ئايرىلىپ دۆلەت لاگېرلىرىغا قامالغانلىقىنى ئېيتىدۇ.";

export const seedCampaigns: SeedCampaign[] = [
  {
    slug: "special-coordinator-east-turkistan",
    locale: "en",
    status: "OPEN",
    goal: 10000,
    source: RELEASE,
    title: "Appoint a Special Coordinator for East Turkistani Affairs",
    summary:
      "We call on the US Department of State to appoint a Special Coordinator for East Turkistani Affairs to coordinate an international response to the crisis in East Turkistan.",
    body: [
      "## The demand",
      "In its 2024 release for Genocide Recognition and Remembrance Day, the East Turkistan Government in Exile (ETGE) called for the appointment of a **Special Coordinator for East Turkistani Affairs** within the US State Department.",
      "According to the release, the ETGE stated that this position would play a pivotal role in coordinating an international response and bringing sustained attention to the crisis in East Turkistan.",
      "## Why now",
      CONTEXT,
      "The release recalls that on 19 January 2021 the United States, under then Secretary of State Mike Pompeo, formally recognised China's atrocities against Uyghurs, Kazakhs, Kyrgyz and other Turkic peoples in East Turkistan as genocide and crimes against humanity; the determination itself, in its own words, is in the tracker below. " +
        "ETGE President Dr. Mamtimin Ala said: “The recognition by the United States of the genocide was a significant milestone. However, the struggle is far from over. We need sustained international pressure and concrete actions to end these atrocities.”",
    ].join("\n\n"),
    translations: {
      ug: {
        title: "شەرقىي تۈركىستان ئىشلىرى بويىچە ئالاھىدە كوئوردىناتور تەيىنلەنسۇن",
        summary:
          "ئامېرىكا تاشقى ئىشلار مىنىستىرلىكىدىن شەرقىي تۈركىستاندىكى كرىزىسقا قارىتا خەلقئارالىق ئىنكاسنى ماسلاشتۇرىدىغان شەرقىي تۈركىستان ئىشلىرى بويىچە ئالاھىدە كوئوردىناتور تەيىنلىشىنى تەلەپ قىلىمىز.",
        body: [
          "## تەلەپ",
          "شەرقىي تۈركىستان سۈرگۈندى ھۆكۈمىتى 2024-يىلى ئىرقىي قىرغىنچىلىقنى ئېتىراپ قىلىش ۋە خاتىرىلەش كۈنى ئېلان قىلغان باياناتىدا ئامېرىكا تاشقى ئىشلار مىنىستىرلىكىدە **شەرقىي تۈركىستان ئىشلىرى بويىچە ئالاھىدە كوئوردىناتور** تەيىنلىنىشىنى تەلەپ قىلدى.",
          "باياناتقا كۆرە، سۈرگۈندى ھۆكۈمەت بۇ ۋەزىپىنىڭ خەلقئارالىق ئىنكاسنى ماسلاشتۇرۇش ۋە شەرقىي تۈركىستاندىكى كرىزىسقا ئىزچىل دىققەت تارتىشتا ھالقىلىق رول ئوينايدىغانلىقىنى بىلدۈردى.",
          "## نېمە ئۈچۈن ھازىر",
          UG_CONTEXT,
          "باياناتتا 2021-يىلى 19-يانۋار ئامېرىكىنىڭ شۇ چاغدىكى تاشقى ئىشلار مىنىستىرى مايك پومپېئونىڭ رەھبەرلىكىدە خىتاينىڭ شەرقىي تۈركىستاندىكى ئۇيغۇر، قازاق، قىرغىز ۋە باشقا تۈركىي خەلقلەرگە قاراتقان ۋەھشىيلىكلىرىنى ئىرقىي قىرغىنچىلىق ۋە ئىنسانىيەتكە قارشى جىنايەت دەپ رەسمىي ئېتىراپ قىلغانلىقى ئەسلىتىلىدۇ؛ قارارنىڭ ئۆزى، ئۆز سۆزلىرى بىلەن، تۆۋەندىكى جەريان خاتىرىسىدە. " +
            "سۈرگۈندى ھۆكۈمەتنىڭ پرېزىدېنتى دوكتور مەمتىمىن ئالا مۇنداق دېدى: «ئامېرىكىنىڭ ئىرقىي قىرغىنچىلىقنى ئېتىراپ قىلىشى مۇھىم بىر مىلتاش بولدى. لېكىن كۈرەش تېخى ئاخىرلاشقىنى يوق. بۇ ۋەھشىيلىكلەرنى ئاخىرلاشتۇرۇش ئۈچۈن بىزگە ئىزچىل خەلقئارالىق بېسىم ۋە ئەمەلىي ھەرىكەت كېرەك.»",
        ].join("\n\n"),
      },
    },
    targets: ["us-secretary-of-state"],
    events: [US_DETERMINATION],
  },
  {
    slug: "support-icc-complaint",
    locale: "en",
    status: "OPEN",
    goal: 10000,
    source: RELEASE,
    title: "Support East Turkistan's legal complaint before the International Criminal Court",
    summary:
      "We call for support for East Turkistan's legal complaint before the International Criminal Court: from the Court's Office of the Prosecutor, which received the complaint and decides whether to seek an investigation, and from the governments of the States Parties, which can refer a situation to the Prosecutor.",
    body: [
      "## The demand",
      "In its 2024 release, the East Turkistan Government in Exile (ETGE) emphasised the importance of **supporting East Turkistan's legal complaint before the International Criminal Court**, calling this and a referral to the International Court of Justice critical steps in holding the Chinese government accountable and preventing further atrocities.",
      "## The complaint so far",
      "According to the ETGE's press releases, an Article 15 complaint was submitted to the ICC Prosecutor on 6 July 2020 on behalf of the ETGE and the East Turkistan National Awakening Movement. " +
        "On 14 December 2020 the Prosecutor found that there was not enough jurisdictional evidence at that stage to open an investigation, which could change with more evidence; " +
        "new evidence on deportations of Uyghurs from Tajikistan, an ICC State Party, was submitted on 10 June 2021. Each step is in the tracker below with its source.",
      "## Who can act",
      "The Office of the Prosecutor received the complaint and decides whether to seek an investigation. The governments of the Court's States Parties can refer a situation to the Prosecutor themselves.",
      "## Why it matters",
      CONTEXT,
      "ETGE Vice President Sayragul Sauytbay, a witness of the camps, urged the global community “to acknowledge and act against the continuing genocide in East Turkistan.”",
    ].join("\n\n"),
    translations: {
      ug: {
        title: "خەلقئارا جىنايى ئىشلار سوت مەھكىمىسىدىكى شەرقىي تۈركىستان ئەرزىنى قوللاڭ",
        summary:
          "خەلقئارا جىنايى ئىشلار سوت مەھكىمىسىدىكى شەرقىي تۈركىستاننىڭ قانۇنىي ئەرزىنى قوللاشنى تەلەپ قىلىمىز: ئەرزنى تاپشۇرۇۋالغان ۋە تەكشۈرۈش تەلەپ قىلىش-قىلماسلىقنى بەلگىلەيدىغان سوت مەھكىمىسىنىڭ باش ئەيىبلىگۈچى ئىشخانىسىدىن، شۇنداقلا بىر ۋەزىيەتنى باش ئەيىبلىگۈچىگە يوللىيالايدىغان ئەزا دۆلەتلەرنىڭ ھۆكۈمەتلىرىدىن.",
        body: [
          "## تەلەپ",
          "شەرقىي تۈركىستان سۈرگۈندى ھۆكۈمىتى 2024-يىلىدىكى باياناتىدا **خەلقئارا جىنايى ئىشلار سوت مەھكىمىسىدىكى شەرقىي تۈركىستاننىڭ قانۇنىي ئەرزىنى قوللاشنىڭ** مۇھىملىقىنى تەكىتلىدى ۋە بۇنى ھەمدە خەلقئارا سوت مەھكىمىسىگە سۇنۇشنى خىتاي ھۆكۈمىتىنى جاۋابكارلىققا تارتىش ۋە تېخىمۇ كۆپ ۋەھشىيلىكنىڭ ئالدىنى ئېلىشتىكى ھالقىلىق قەدەملەر دەپ ئاتىدى.",
          "## ئەرزنىڭ ھازىرغىچە بولغان جەريانى",
          "سۈرگۈندى ھۆكۈمەتنىڭ ئاخبارات باياناتلىرىغا كۆرە، 2020-يىلى 6-ئىيۇل سۈرگۈندى ھۆكۈمەت ۋە شەرقىي تۈركىستان مىللىي ئويغىنىش ھەرىكىتى نامىدىن خەلقئارا جىنايى ئىشلار سوت مەھكىمىسىنىڭ باش ئەيىبلىگۈچىسىگە 15-ماددا بويىچە ئەرز سۇنۇلغان. " +
            "2020-يىلى 14-دېكابىر باش ئەيىبلىگۈچى ھازىرقى باسقۇچتا تەكشۈرۈش باشلاش ئۈچۈن سوت قىلىش ھوقۇقىنى ئىسپاتلايدىغان يېتەرلىك دەلىل يوق، تېخىمۇ كۆپ دەلىل بىلەن بۇ ئۆزگىرىشى مۇمكىن دەپ قارار قىلغان؛ " +
            "2021-يىلى 10-ئىيۇن سوت مەھكىمىسىنىڭ ئەزا دۆلىتى بولغان تاجىكىستاندىن ئۇيغۇرلارنىڭ زورلۇق بىلەن قايتۇرۇلۇشى توغرىسىدا يېڭى دەلىل سۇنۇلغان. ھەر بىر قەدەم مەنبەسى بىلەن تۆۋەندىكى جەريان خاتىرىسىدە.",
          "## كىم ھەرىكەت قىلالايدۇ",
          "باش ئەيىبلىگۈچى ئىشخانىسى ئەرزنى تاپشۇرۇۋالغان بولۇپ، تەكشۈرۈش تەلەپ قىلىش-قىلماسلىقنى ئۇ بەلگىلەيدۇ. سوت مەھكىمىسىنىڭ ئەزا دۆلەتلىرىنىڭ ھۆكۈمەتلىرى بىر ۋەزىيەتنى باش ئەيىبلىگۈچىگە ئۆزلىرى يوللىيالايدۇ.",
          "## نېمە ئۈچۈن مۇھىم",
          UG_CONTEXT,
          "سۈرگۈندى ھۆكۈمەتنىڭ مۇئاۋىن پرېزىدېنتى، لاگېرلارنىڭ گۇۋاھچىسى سايراگۈل ساۋۇتباي خەلقئارا جەمئىيەتنى «شەرقىي تۈركىستاندا داۋاملىشىۋاتقان ئىرقىي قىرغىنچىلىقنى ئېتىراپ قىلىشقا ۋە ئۇنىڭغا قارشى ھەرىكەت قىلىشقا» چاقىردى.",
        ].join("\n\n"),
      },
    },
    targets: ["icc-office-of-the-prosecutor", "icc-states-parties"],
    events: ICC_TIMELINE,
  },
  {
    slug: "icj-genocide-referral",
    locale: "en",
    status: "OPEN",
    goal: 10000,
    source: RELEASE,
    title: "Refer China's ongoing genocide to the International Court of Justice",
    summary:
      "We call on UN member states, which can bring a case before the International Court of Justice, and on the UN General Assembly, which can ask the Court for an advisory opinion, to refer China's ongoing genocide in East Turkistan to the Court.",
    body: [
      "## The demand",
      "In its 2024 release, the East Turkistan Government in Exile called for **referring China's ongoing genocide to the International Court of Justice**, a step it calls critical in holding the Chinese government accountable and preventing further atrocities.",
      "## Who can act",
      "A case before the International Court of Justice is brought by a state, so this demand is addressed to the governments of UN member states. The UN General Assembly can also ask the Court for an advisory opinion.",
      "## Why it matters",
      CONTEXT,
    ].join("\n\n"),
    translations: {
      ug: {
        title: "خىتاينىڭ داۋاملىشىۋاتقان ئىرقىي قىرغىنچىلىقى خەلقئارا سوت مەھكىمىسىگە سۇنۇلسۇن",
        summary:
          "خەلقئارا سوت مەھكىمىسىدە دەۋا قوزغىيالايدىغان ب د ت ئەزا دۆلەتلىرىدىن ۋە سوت مەھكىمىسىدىن مەسلىھەت خاراكتېرلىك پىكىر سورىيالايدىغان ب د ت باش يىغىنىدىن خىتاينىڭ شەرقىي تۈركىستاندا داۋاملىشىۋاتقان ئىرقىي قىرغىنچىلىقىنى سوت مەھكىمىسىگە سۇنۇشنى تەلەپ قىلىمىز.",
        body: [
          "## تەلەپ",
          "شەرقىي تۈركىستان سۈرگۈندى ھۆكۈمىتى 2024-يىلىدىكى باياناتىدا **خىتاينىڭ داۋاملىشىۋاتقان ئىرقىي قىرغىنچىلىقىنى خەلقئارا سوت مەھكىمىسىگە سۇنۇشنى** تەلەپ قىلدى ۋە بۇنى خىتاي ھۆكۈمىتىنى جاۋابكارلىققا تارتىش ۋە تېخىمۇ كۆپ ۋەھشىيلىكنىڭ ئالدىنى ئېلىشتىكى ھالقىلىق قەدەم دەپ ئاتىدى.",
          "## كىم ھەرىكەت قىلالايدۇ",
          "خەلقئارا سوت مەھكىمىسىدە دەۋانى دۆلەت قوزغايدۇ، شۇڭا بۇ تەلەپ ب د ت ئەزا دۆلەتلىرىنىڭ ھۆكۈمەتلىرىگە قارىتىلغان. ب د ت باش يىغىنىمۇ سوت مەھكىمىسىدىن مەسلىھەت خاراكتېرلىك پىكىر سورىيالايدۇ.",
          "## نېمە ئۈچۈن مۇھىم",
          UG_CONTEXT,
        ].join("\n\n"),
      },
    },
    targets: ["un-member-states", "un-general-assembly"],
    events: [],
  },
  {
    slug: "recognise-east-turkistan-occupied",
    locale: "en",
    status: "OPEN",
    goal: 10000,
    source: RELEASE,
    title: "Recognise East Turkistan as an occupied country",
    summary: "We call on governments, starting with the United States, to recognise East Turkistan as an occupied country.",
    body: [
      "## The demand",
      "ETGE Foreign Minister Salih Hudayar called on the international community, particularly the United States, to confront the continuing atrocities: “It is imperative to recognise that the genocide in East Turkistan is not a closed chapter in history but an ongoing nightmare in 2024. Recognising East Turkistan as an occupied country is not just a symbolic gesture but a necessary step towards dismantling the root of this crisis and restoring the rights of our people.”",
      "## Why it matters",
      CONTEXT,
    ].join("\n\n"),
    translations: {
      ug: {
        title: "شەرقىي تۈركىستان ئىشغال قىلىنغان دۆلەت دەپ ئېتىراپ قىلىنسۇن",
        summary: "ھۆكۈمەتلەردىن، ئالدى بىلەن ئامېرىكىدىن، شەرقىي تۈركىستاننى ئىشغال قىلىنغان دۆلەت دەپ ئېتىراپ قىلىشىنى تەلەپ قىلىمىز.",
        body: [
          "## تەلەپ",
          "سۈرگۈندى ھۆكۈمەتنىڭ تاشقى ئىشلار مىنىستىرى سالىھ خۇدايار خەلقئارا جەمئىيەتنى، بولۇپمۇ ئامېرىكىنى داۋاملىشىۋاتقان ۋەھشىيلىكلەرگە قارشى تۇرۇشقا چاقىرىپ مۇنداق دېدى: «شەرقىي تۈركىستاندىكى ئىرقىي قىرغىنچىلىقنىڭ تارىختا يېپىلغان بىر باب ئەمەس، بەلكى 2024-يىلىمۇ داۋاملىشىۋاتقان بىر قاباھەت ئىكەنلىكىنى ئېتىراپ قىلىش زۆرۈر. شەرقىي تۈركىستاننى ئىشغال قىلىنغان دۆلەت دەپ ئېتىراپ قىلىش پەقەت سىمۋوللۇق ئىشارەت ئەمەس، بەلكى بۇ كرىزىسنىڭ يىلتىزىنى قومۇرۇش ۋە خەلقىمىزنىڭ ھوقۇقلىرىنى ئەسلىگە كەلتۈرۈشتىكى زۆرۈر قەدەم.»",
          "## نېمە ئۈچۈن مۇھىم",
          UG_CONTEXT,
        ].join("\n\n"),
      },
    },
    targets: ["us-government", "other-governments"],
    events: [US_DETERMINATION],
  },
];
