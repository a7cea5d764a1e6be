using System.Collections.Immutable;
using DocLint.Lexicons;

namespace DocLint.Rules.Common;

/// <summary>
/// Small closed word classes the rules consult: grammar words rather than a lexicon users extend. The words are
/// data in rules/lexicons/class-*.txt (embedded at build), read once when the class is first used.
/// </summary>
internal static class WordClasses
{
    public static readonly WordClass Months = Load("class-months");

    /// <summary>Days of the week: capitalised, but no name beside a role ("a senior official Tuesday said").</summary>
    public static readonly WordClass Weekdays = Load("class-weekdays");

    /// <summary>The medium a poll is conducted on: capitalised, but no owner ("a poll conducted on the Internet").</summary>
    public static readonly WordClass PollChannels = Load("class-poll-channels");

    public static readonly WordClass Determiners = Load("class-determiners");

    /// <summary>Multipliers before "as likely" that make it a comparison of rates ("twice as likely to die").</summary>
    public static readonly WordClass RateMultipliers = Load("class-rate-multipliers");

    /// <summary>Words after "appear" that say where or when something showed up ("appeared online", "appeared first").</summary>
    public static readonly WordClass AppearancePlaces = Load("class-appearance-places");

    /// <summary>Adverbs straight before "likely" that compare rates between groups ("equally likely to say").</summary>
    public static readonly WordClass RateAdverbs = Load("class-rate-adverbs");

    /// <summary>A plural or participial "be" before "the most likely to" that ranks a group by a rate ("adults are the most likely to say").</summary>
    public static readonly WordClass GroupRateCopulas = Load("class-group-rate-copulas");

    /// <summary>Intensifiers between a plural "be" and "likely to" that state a group's rate ("are particularly likely to rely").</summary>
    public static readonly WordClass GroupRateIntensifiers = Load("class-group-rate-intensifiers");

    public static readonly WordClass PersonalPronouns = Load("class-personal-pronouns");

    public static readonly WordClass AuthorPronouns = Load("class-author-pronouns");

    /// <summary>The first person singular ("I", "me", "my"): in a report whose author never writes it, a speaker's.</summary>
    public static readonly WordClass SpeakerPronouns = Load("class-speaker-pronouns");

    /// <summary>The second person ("you", "your"): an interviewer's question addresses the guest with it.</summary>
    public static readonly WordClass SecondPerson = Load("class-second-person");

    /// <summary>Words that introduce an interview ("spoke with", "caught up with", "for my podcast").</summary>
    public static readonly WordClass InterviewWords = Load("class-interview-words");

    /// <summary>
    /// Capitalised words that do not make a name (sentence openers, pronouns, titles of generic roles), but for an
    /// acronym in capitals that spells one ("WHO", "IT": grammar-spelled-acronyms), which is an organisation's name
    /// (every <see cref="WordClass"/> refuses those, so this list needs no wrapper of its own).
    /// </summary>
    public static readonly WordClass NotNames = Load("class-not-names");

    /// <summary>People cited for what they know; with "a", "another" or "one" they stay anonymous ("another scholar told me").</summary>
    public static readonly WordClass RoleNouns = Load("class-role-nouns");

    /// <summary>Plural unnamed sources introduced bare ("people familiar with the matter said") and named again ("the people said").</summary>
    public static readonly WordClass PluralSourceHeads = Load("class-plural-source-heads");

    /// <summary>Anonymous-source heads a definite back-reference names again with no introduction in the document ("the person said").</summary>
    public static readonly WordClass UnintroducedSourceHeads = Load("class-unintroduced-source-heads");

    /// <summary>Words that open a group whose members go unnamed ("many scholars", "some Republicans").</summary>
    public static readonly WordClass GroupQuantifiers = Load("class-group-quantifiers");

    /// <summary>Words that open a clause, so a subject phrase read backwards from its verb ends before them ("what many Democrats argue").</summary>
    public static readonly WordClass ClauseOpeners = Load("class-clause-openers");

    /// <summary>Spelled-out counts below a dozen ("two people briefed on", "three officials").</summary>
    public static readonly WordClass SmallCardinals = Load("class-small-cardinals");

    /// <summary>Plural nouns of people that, quantified, make a vague group.</summary>
    public static readonly WordClass GroupNouns = Load("class-group-nouns");

    /// <summary>Plural nouns for a party's members ("Republicans", "Democrats"): bare, the party speaking, a named body.</summary>
    public static readonly WordClass PartyMembers = Load("class-party-members");

    /// <summary>Words that pick out some of a party's members ("other Republicans", "key Democrats"): still a vague group.</summary>
    public static readonly WordClass PartySubsetWords = Load("class-party-subset-words");

    /// <summary>Plural nouns of people or bodies that speak for a group when bare or quantified ("Human rights groups
    /// say", "some Sanders allies say"); kept apart from <see cref="GroupNouns"/>, which the figure rules also count.</summary>
    public static readonly WordClass SpeakerGroups = Load("class-speaker-groups");

    /// <summary>Plural nouns of people who speak for a client ("lawyers for the committee"): "for" after them names the
    /// client, whose voice it is.</summary>
    public static readonly WordClass CounselNouns = Load("class-counsel-nouns");

    /// <summary>Plural nouns of people named by their stance towards someone ("critics", "supporters"); a named owner
    /// says whom they oppose or back, not who they are ("Obama's critics say").</summary>
    public static readonly WordClass StanceGroups = Load("class-stance-groups");

    /// <summary>Stance nouns that, bare or quantified, stay a vague group behind a name that modifies them
    /// ("Obamacare defenders say", "Other Trump defenders noted"): the name says whom they back, not who speaks.</summary>
    public static readonly WordClass BareStanceGroups = Load("class-bare-stance-groups");

    /// <summary>Words after a group's head that name members by example ("opponents like Larry Nordal"): before a capital
    /// the speakers are named. The same words, "such as" too, open a comma-set list of members ("critics, like …,").</summary>
    public static readonly WordClass MemberExampleMarkers = Load("class-member-example-markers");

    /// <summary>Studies and polls that, introduced by "a"/"one" with no name, credit no one ("A recent poll found").</summary>
    public static readonly WordClass StudyNouns = Load("class-study-nouns");

    /// <summary>Participles by which a study straight before them reports its finding ("polls showing that").</summary>
    public static readonly WordClass StudyFindingParticiples = Load("class-study-finding-participles");

    /// <summary>
    /// "percent" after a number before a study noun: a share of its respondents, read past more modifiers ("a full 45
    /// percent of people in the survey said"); a chosen part of <see cref="PercentWords"/> (<see cref="DeclaredSubsets"/>).
    /// </summary>
    public static readonly WordClass StudyShareUnits = Load("class-study-share-units");

    /// <summary>Prepositions after a study noun that say whom it studied ("a survey of Palestinians").</summary>
    public static readonly WordClass StudySubjectPrepositions = Load("class-study-subject-prepositions");

    /// <summary>Words in a study's post-modifier that introduce its maker ("a survey of voters by Gallup").</summary>
    public static readonly WordClass StudyAuthorMarkers = Load("class-study-author-markers");

    /// <summary>Participles that pass a study on, whose "by" names no maker ("a study cited by Bloomberg").</summary>
    public static readonly WordClass StudyRelayParticiples = Load("class-study-relay-participles");

    /// <summary>Adjectives of origin ("Australian researchers"): a capital that names no study's maker.</summary>
    public static readonly WordClass OriginAdjectives = Load("class-origin-adjectives");

    /// <summary>Words that open a noun phrase without identifying its referent ("a", "another", "one").</summary>
    public static readonly WordClass IndefiniteOpeners = Load("class-indefinite-openers");

    /// <summary>Nouns for an institution that, with "the", point at one the story has named ("the agency said").</summary>
    public static readonly WordClass InstitutionNouns = Load("class-institution-nouns");

    /// <summary>Nouns of an official act a named owner makes the source of its content ("his request to raise $580 billion").</summary>
    public static readonly WordClass ActNouns = Load("class-act-nouns");

    /// <summary>Documents whose capitalised owner names them ("a Gallup poll", "the Census Bureau's data").</summary>
    public static readonly WordClass DocumentNouns = Load("class-document-nouns");

    public static readonly WordClass BeVerbs = Load("class-be-verbs");

    /// <summary>Words past which a "by" is no longer a DL3002 passive's agent ("part of efforts by", "believed to have been carried out by").</summary>
    public static readonly WordClass AgentBreaks = Load("class-agent-breaks");

    public static readonly WordClass Negations = Load("class-negations");

    public static readonly WordClass Approximators = Load("class-approximators");

    public static readonly WordClass ScaleWords = Load("class-scale-words");

    /// <summary>Words that make a figure an order of magnitude with no count ("thousands", "dozens", "a dozen").</summary>
    public static readonly WordClass RoundMagnitudes = Load("class-round-magnitudes");

    public static readonly WordClass PercentWords = Load("class-percent-words");

    public static readonly WordClass CurrencyWords = Load("class-currency-words");

    public static readonly WordClass TimeUnits = Load("class-time-units");

    public static readonly WordClass RelativeTimeMarkers = Load("class-relative-time-markers");

    /// <summary>Numbers that name a service line, not a quantity ("called 911").</summary>
    public static readonly WordClass NumberNames = Load("class-number-names");

    /// <summary>Words after a number and its time unit that place an event in time ("four months to go", "six months to
    /// live", "10 years too late"); phrases, matched over tokens.</summary>
    public static readonly Lexicon RelativeTimeTails = LoadPhrases("class-relative-time-tails");

    /// <summary>Words before a number that make it a label, not a quantity ("Chapter 3", "No. 5", "version 2").</summary>
    // "#" cannot be written in a lexicon file, where # starts a comment.
    public static readonly WordClass LabelWords = Load("class-label-words", "#", "c#");

    /// <summary>A law reporter's abbreviated word after its initial ("138 S. Ct.", "565 F. Supp."): the number before is a volume.</summary>
    public static readonly WordClass ReporterAbbreviations = Load("class-reporter-abbreviations");

    /// <summary>Nouns after "N-" that name a cartridge or a bore, not a count (".22-caliber", "12-gauge").</summary>
    public static readonly WordClass GaugeNouns = Load("class-gauge-nouns");

    /// <summary>A texting instruction's verb, whose "to" and five- or six-digit number is a short code ("text HOME to 90999").</summary>
    public static readonly WordClass TextingVerbs = Load("class-texting-verbs");

    /// <summary>A court case's "versus" in any news spelling ("v.", "vs."): a docket may follow the case's name.</summary>
    public static readonly WordClass VersusMarks = Load("class-versus-marks");

    /// <summary>The court's own spellings of a case's "versus" ("Roe v. Wade"), a subset of VersusMarks.</summary>
    public static readonly WordClass CaseVersusMarks = Load("class-case-versus-marks");

    /// <summary>The toll-free prefixes ("800" of "1-800-RED-CROSS"): with its "1" and hyphens, a number to dial.</summary>
    public static readonly WordClass TollFreePrefixes = Load("class-toll-free-prefixes");

    /// <summary>Comparatives without "-er" that open a correlative's first half ("the more …, the more likely").</summary>
    public static readonly WordClass CorrelativeComparatives = Load("class-correlative-comparatives");

    /// <summary>Nouns of people or things that make a small spelled-out number a reported count ("three officials").</summary>
    public static readonly WordClass CountedNouns = Load("class-counted-nouns");

    /// <summary>Words and phrases that open a hypothetical's condition wherever its clause stands ("if", "in the event that").</summary>
    public static readonly Lexicon ConditionalOpeners = LoadPhrases("class-conditional-openers");

    /// <summary>Words that open a supposition at a clause's start only ("Suppose …", "What if …").</summary>
    public static readonly Lexicon SuppositionOpeners = LoadPhrases("class-supposition-openers");

    /// <summary>Words and phrases that set out a stated option ("Alternatively,", "the option to").</summary>
    public static readonly Lexicon OptionMarkers = LoadPhrases("class-option-markers");

    /// <summary>Modals whose consequent's figures are supposed (DL2001): "would", "could", "might", "will"; not "may".</summary>
    public static readonly WordClass ConsequenceModals = Load("class-consequence-modals");

    /// <summary>Set phrases around an "if" that suppose nothing: "as if", "if you will".</summary>
    public static readonly Lexicon NonConditionalIfs = LoadPhrases("class-non-conditional-ifs");

    /// <summary>Words after which "if" opens an embedded question ("asked if", "unclear if"), not a condition.</summary>
    public static readonly WordClass QuestionIfHeads = Load("class-question-if-heads");

    /// <summary>Asides set off by commas inside a condition ("for example", "say").</summary>
    public static readonly Lexicon ConditionAsides = LoadPhrases("class-condition-asides");

    /// <summary>Nouns for a plan put forward, whose "would be to" sets out what it would do.</summary>
    public static readonly WordClass ProposalNouns = Load("class-proposal-nouns");

    /// <summary>Nouns for a plan or bill whose infinitive is its content ("a plan to invest $5 billion").</summary>
    public static readonly WordClass PlanNouns = Load("class-plan-nouns");

    /// <summary>Words before a bound that make the sum after it an income group's edge ("making less than $75,000").</summary>
    public static readonly WordClass IncomeWords = Load("class-income-words");

    /// <summary>Bounds that, after an income word, make a sum a group's edge ("up to", "more than", "above").</summary>
    public static readonly WordClass IncomeBoundWords = Load("class-income-bound-words");

    /// <summary>Number words that are also a common noun or verb ("scores"): a magnitude only before "of" or a toll.</summary>
    public static readonly WordClass OfOnlyMagnitudes = Load("class-of-only-magnitudes");

    /// <summary>The words after "scores" that make it a magnitude ("scores of people", "scores more wounded").</summary>
    public static readonly WordClass MagnitudeNounFollowers = Load("class-magnitude-noun-followers");

    /// <summary>Nouns for a group a size bound defines ("businesses with fewer than 500 employees", "magazines that hold").</summary>
    public static readonly WordClass GroupBoundNouns = Load("class-group-bound-nouns");

    /// <summary>The links between a group noun and its size bound ("with", "of", "holding", "accept").</summary>
    public static readonly WordClass GroupBoundLinks = Load("class-group-bound-links");

    /// <summary>The bounds of a group's size ("fewer than", "more than", "up to").</summary>
    public static readonly WordClass GroupBoundWords = Load("class-group-bound-words");

    /// <summary>The units a group's size bound counts ("employees", "rounds", "people").</summary>
    public static readonly WordClass GroupBoundUnits = Load("class-group-bound-units");

    /// <summary>Bare income verbs ("earn", "make") that bound a group only after a relative, modal or pronoun opener.</summary>
    public static readonly WordClass IncomeVerbs = Load("class-income-verbs");

    /// <summary>The openers before a bare income verb that make its bound a group's edge ("who", "can", "to", "they").</summary>
    public static readonly WordClass IncomeVerbOpeners = Load("class-income-verb-openers");

    public static readonly WordClass GenericNouns = Load("class-generic-nouns");

    /// <summary>Single documents that name their source when they "show" or "say" something ("a job application shows").</summary>
    public static readonly WordClass RecordNouns = Load("class-record-nouns");

    /// <summary>Records an owner issues, which name their source after "according to" ("his tax return", "a press release").</summary>
    public static readonly WordClass CitedRecords = Load("class-cited-records");

    /// <summary>Prepositions that end a cited record's noun phrase ("a notice on the park's website").</summary>
    public static readonly WordClass RecordPhraseBreaks = Load("class-record-phrase-breaks");

    /// <summary>Prepositions after a cited record that open the place or time it stands in ("an affidavit in the case").</summary>
    public static readonly WordClass RecordPlacePrepositions = Load("class-record-place-prepositions");

    /// <summary>Determiners that count or deny records rather than pick one ("no statement", "all filings").</summary>
    public static readonly WordClass RecordCountingWords = Load("class-record-counting-words");

    /// <summary>Nouns after a hyphenated time measure that make it a name or a record span ("10-year yield", "17-year low").</summary>
    public static readonly WordClass MeasureDescriptors = Load("class-measure-descriptors");

    /// <summary>Nouns after a hyphenated time measure that make it a span a rule or frame sets ("a 90-day ban", "the 10-year period").</summary>
    public static readonly WordClass MeasureSpanHeads = Load("class-measure-span-heads");

    /// <summary>Verbs that attribute a figure only through an estimate or document subject ("estimates put the cost at").</summary>
    public static readonly WordClass EstimateVerbs = Load("class-estimate-verbs");

    /// <summary>Reporting verbs mostly used otherwise ("state officials"), reporting only before "that", "," or ":".</summary>
    public static readonly WordClass ClauseVerbs = Load("class-clause-verbs");

    /// <summary>Speech verbs that report only before their clause ("stress that"), not with an object ("stressed the unity").</summary>
    public static readonly WordClass ClauseSpeechVerbs = Load("class-clause-speech-verbs");

    /// <summary>Verbs of a post or message that report only before "that" or ":" ("tweeted that"), not with an object.</summary>
    public static readonly WordClass PostVerbs = Load("class-post-verbs");

    /// <summary>Clause speech verbs that also report before a clause without "that" ("experts worry the plan could").</summary>
    public static readonly WordClass BareClauseThoughts = Load("class-bare-clause-thoughts");

    /// <summary>Mass nouns for evidence credited to no one when they head a bare subject ("Polling suggests that").</summary>
    public static readonly WordClass BareEvidenceNouns = Load("class-bare-evidence-nouns");

    /// <summary>Modifiers that make a body of evidence a public body's own ("official data", "federal records").</summary>
    public static readonly WordClass PublicRecordKeepers = Load("class-public-record-keepers");

    /// <summary>Bodies of evidence a public body keeps ("data", "records", "estimates"), after a record keeper.</summary>
    public static readonly WordClass PublicRecordNouns = Load("class-public-record-nouns");

    /// <summary>Words that grade an adjective after them ("how worried they are"): no verb follows them.</summary>
    public static readonly WordClass DegreeWords = Load("class-degree-words");

    /// <summary>Reporting verbs that are also plural nouns ("the estimates of").</summary>
    public static readonly WordClass NounVerbs = Load("class-noun-verbs");

    /// <summary>Verbs of the author's own research ("we find", "we estimate").</summary>
    public static readonly WordClass FindingVerbs = Load("class-finding-verbs");

    /// <summary>Verbs whose "that" clause is evidence, not speech ("the data show that").</summary>
    public static readonly WordClass EvidenceVerbs = Load("class-evidence-verbs");

    /// <summary>"indicate" and its forms: a source's reading when its subject is a source ("records indicate that").</summary>
    public static readonly WordClass IndicationVerbs = Load("class-indication-verbs");

    /// <summary>Finite "suggest" and "indicate": with a source as the subject, the clause after them is the source's reading.</summary>
    public static readonly WordClass SourceReadingVerbs = Load("class-source-reading-verbs");

    /// <summary>Things that carry someone's words ("a column", "posts", "emails"): what they suggest is that someone's reading.</summary>
    public static readonly WordClass MessageNouns = Load("class-message-nouns");

    /// <summary>"expect" and its forms: a forecast reported only when a plural group of people expects ("Experts expected").</summary>
    public static readonly WordClass GroupExpectationVerbs = Load("class-group-expectation-verbs");

    /// <summary>Verbs of charge, doubt and blame: a claim reported only when a plural group of people makes it ("Critics charged").</summary>
    public static readonly WordClass GroupStanceVerbs = Load("class-group-stance-verbs");

    /// <summary>"see", "view", "regard", "consider": a group's judgement of a thing "as" something ("critics saw it as"), a claim only with "as".</summary>
    public static readonly WordClass GroupRegardingVerbs = Load("class-group-regarding-verbs");

    /// <summary>"point", "points", "pointed": a group's citing of a thing as evidence ("critics point to"), a claim only with "to".</summary>
    public static readonly WordClass GroupPointingVerbs = Load("class-group-pointing-verbs");

    /// <summary>"themselves", "itself": a reflexive object makes "see … as" a self-description, not a claim.</summary>
    public static readonly WordClass ReflexivePronouns = Load("class-reflexive-pronouns");

    /// <summary>"seem", "appear", "quick" before "to" and a reporting verb: the subject before them is that verb's ("Strategists seem to believe").</summary>
    public static readonly WordClass RaisingVerbs = Load("class-raising-verbs");

    /// <summary>Lay groups ("investors", "voters") whose belief across "seem to" is the author's inference, not a cited view.</summary>
    public static readonly WordClass InferredGroups = Load("class-inferred-groups");

    /// <summary>Verbs of holding a view ("believe", "think"), whose subject inside an embedded question or condition, or
    /// defined by them in a relative clause, is a group described, not a source ("Even if most Republicans believe").</summary>
    public static readonly WordClass HeldViewVerbs = Load("class-held-view-verbs");

    /// <summary>Reporting verbs that report a record, a finding or an act as often as speech ("tests showed", "Employers added").</summary>
    public static readonly WordClass NonSpeechReports = Load("class-non-speech-reports");

    /// <summary>The officers or parties of a story's case or event ("prosecutors say"), a body the story names or implies.</summary>
    public static readonly WordClass CaseParties = Load("class-case-parties");

    /// <summary>Shares of a population a poll counts ("similar proportions say"): respondents tallied, not a group cited.</summary>
    public static readonly WordClass ShareNouns = Load("class-share-nouns");

    /// <summary>The verbs a poll's tallied respondents answer with ("43% of those surveyed say", "Roughly half (49%) answered").</summary>
    public static readonly WordClass RespondentVerbs = Load("class-respondent-verbs");

    /// <summary>Quantifiers that make a subject a share of a poll's respondents ("most Americans say").</summary>
    public static readonly WordClass RespondentShareWords = Load("class-respondent-share-words");

    /// <summary>Pronouns that open a plain free relative ("in line with what most experts have stated").</summary>
    public static readonly WordClass FreeRelativePronouns = Load("class-free-relative-pronouns");

    /// <summary>
    /// Verbs that give an order with an object and "to" ("other men tell women to smile"), not a report. Equal today to
    /// <see cref="AddresseeVerbs"/>, but a command, not an audience (the list's header says why they stay two).
    /// </summary>
    public static readonly WordClass OrderingVerbs = Load("class-ordering-verbs");

    /// <summary>Prepositions that, before a capitalised body, place a group at it ("analysts at BofA", "lawyers for Manafort").</summary>
    public static readonly WordClass BodyPlacingPrepositions = Load("class-body-placing-prepositions");

    /// <summary>Prepositions that, after a group's head, place the group or name what it watches ("Some Democrats in
    /// Congress", "other observers of the case", "Others on Twitter"): the group is judged by the word before them.</summary>
    public static readonly WordClass GroupPlacingPrepositions = Load("class-group-placing-prepositions");

    /// <summary>Words that, before "of", take a share of what follows ("one of the outlets", "none of the others").</summary>
    public static readonly WordClass PartitiveQuantifiers = Load("class-partitive-quantifiers");

    /// <summary>Words that open the clause a following group phrase is the subject of ("while critics argue").</summary>
    public static readonly WordClass SubjectClauseOpeners = Load("class-subject-clause-openers");

    /// <summary>Subordinators that open an adverbial clause whose subject a figure may head ("after four senators backed away").</summary>
    public static readonly WordClass EventClauseOpeners = Load("class-event-clause-openers");

    /// <summary>Prepositions that open the sentence with a phrase before the main clause ("With polls showing …, it's likely").</summary>
    public static readonly WordClass OpeningPhrasePrepositions = Load("class-opening-phrase-prepositions");

    /// <summary>Words after a count of people that make it a toll ("49 people dead", "four civilians were killed").</summary>
    public static readonly WordClass TollStates = Load("class-toll-states");

    /// <summary>Verbs of violence whose object right after them is a toll ("killing four civilians", "murdered nine people").</summary>
    public static readonly WordClass TollVerbs = Load("class-toll-verbs");

    /// <summary>Pronouns that stand for a named forecaster before "expects" ("He expects more than 2,000 to gather").</summary>
    public static readonly WordClass ForecasterPronouns = Load("class-forecaster-pronouns");

    /// <summary>The decades a hyphenated spelled year ends in ("the nineteen-eighties"): a time, not a count.</summary>
    public static readonly WordClass SpelledDecades = Load("class-spelled-decades");

    /// <summary>Phrases a number closes a name after ("the Fight for $15"): the number is part of the name.</summary>
    public static readonly WordClass FigureNameOpeners = Load("class-figure-name-openers");

    /// <summary>Words after a toll verb's spelled count that leave the count as the verb's whole object ("killed six at an event").</summary>
    public static readonly WordClass TollCountFollowers = Load("class-toll-count-followers");

    /// <summary>Words after "or" that make the figure before them a threshold ("50 or more employees", "$200 or more").</summary>
    public static readonly WordClass ThresholdComparatives = Load("class-threshold-comparatives");

    /// <summary>Words that rank like a superlative ("the first in 25 years", "the only one in a decade").</summary>
    public static readonly WordClass RankingWords = Load("class-ranking-words");

    /// <summary>Verbs by which a body keeps or measures a count ("the CDC has counted", "Reuters tested", "ranked it 45th").</summary>
    public static readonly WordClass RecordingVerbs = Load("class-recording-verbs");

    /// <summary>Nouns for a study as the subject of its own method ("The study examined", "a team of researchers conducted").</summary>
    public static readonly WordClass StudySubjects = Load("class-study-subjects");

    /// <summary>Verbs of a study's method besides the recording verbs ("the study drew on data from", "looked at", "used").</summary>
    public static readonly WordClass StudyMethodVerbs = Load("class-study-method-verbs");

    /// <summary>Modals that make "expect" a supposition ("scientists would expect"), not a held forecast.</summary>
    public static readonly WordClass SupposingModals = Load("class-supposing-modals");

    /// <summary>Group nouns naming everyone ("people"), whose expectation is the author's generalisation.</summary>
    public static readonly WordClass GenericGroups = Load("class-generic-groups");

    /// <summary>The pronoun that stands for anyone, the author included ("one suspects that …").</summary>
    public static readonly WordClass GenericPronouns = Load("class-generic-pronouns");

    /// <summary>Verbs of an impression ("seem", "appear"): a hedge entry opening with one or a word built on one ("seemingly").</summary>
    public static readonly WordClass ImpressionVerbs = Load("class-impression-verbs");

    /// <summary>The subject of an impersonal hedge frame ("it seems", "it is likely that").</summary>
    public static readonly WordClass ImpersonalFrameSubjects = Load("class-impersonal-frame-subjects");

    /// <summary>Words between a subject and "indicate" that leave the subject where it is ("did not", "also").</summary>
    public static readonly WordClass IndicationFillers = Load("class-indication-fillers");

    /// <summary>Speech verbs that take the person addressed before the clause ("told reporters that").</summary>
    public static readonly WordClass AddressingVerbs = Load("class-addressing-verbs");

    public static readonly WordClass SayForms = Load("class-say-forms");

    /// <summary>Words that open a time or setting adverbial between a speech verb and its clause ("said Wednesday that").</summary>
    public static readonly WordClass SpeechAdverbialOpeners = Load("class-speech-adverbial-openers");

    /// <summary>A named source's view or charge ("believes", "warned", "argued", "admitted"), not a report of fact: it does not cover the next sentence's figures.</summary>
    public static readonly WordClass StanceReportVerbs = Load("class-stance-report-verbs");

    /// <summary>A named holder's thought, fear or hope whose clause is the holder's ("he thought he might", "fears that").</summary>
    public static readonly WordClass HolderThoughts = Load("class-holder-thoughts");

    /// <summary>A thought spreading or growing before its clause ("Concern has grown that", "Speculation mounted that").</summary>
    public static readonly WordClass ThoughtGrowthVerbs = Load("class-thought-growth-verbs");

    /// <summary>Nouns for a claim someone makes, whose "that" clause is the claimant's in an object's place ("suggestions that").</summary>
    public static readonly WordClass ClaimContentNouns = Load("class-claim-content-nouns");

    /// <summary>Nouns that make a reporting verb before them half of a compound noun ("think tank").</summary>
    public static readonly WordClass VerbCompoundTails = Load("class-verb-compound-tails");

    /// <summary>A reporting verb and the particle that make it an act, not a report ("showed up", "put on"), as "verb particle".</summary>
    public static readonly WordClass PhrasalActVerbs = Load("class-phrasal-act-verbs");

    /// <summary>The state someone is found in ("found Kelley dead"): "found" before it is a discovery, not a finding.</summary>
    public static readonly WordClass DiscoveryStates = Load("class-discovery-states");

    /// <summary>Words that make an impersonal attribution a view held by an unnamed many ("many believe", "widely believed").</summary>
    public static readonly WordClass GroupHolders = Load("class-group-holders");

    /// <summary>Determiners that make what follows someone's ("his research", "whose study").</summary>
    public static readonly WordClass PossessiveDeterminers = Load("class-possessive-determiners");

    /// <summary>The author's and the reader's possessive determiners ("our", "my", "your"), which only the figure finder counts.</summary>
    public static readonly WordClass PersonalPossessives = Load("class-personal-possessives");

    /// <summary>Determiners that are also an unnamed group as a clause's subject ("Some argue that").</summary>
    public static readonly WordClass SubjectDeterminers = Load("class-subject-determiners");

    /// <summary>Words after a comma that end a held thought's clause ("…, but the hype was clearly motivated").</summary>
    public static readonly WordClass ClauseBreaks = Load("class-clause-breaks");

    /// <summary>Capitalised labels before a colon that head furniture or a section, not a transcript turn ("RELATED:", "UPDATE:").</summary>
    public static readonly WordClass NonSpeakerLabels = Load("class-non-speaker-labels");

    /// <summary>Surname particles a transcript prints in lower case inside a label in capitals ("BILL McKIBBEN:", "DeVOS:").</summary>
    public static readonly WordClass NameParticles = Load("class-name-particles");

    /// <summary>Verbs that set out someone's words when they end a lead-in before its colon ("McConnell continued:").</summary>
    public static readonly WordClass LeadInVerbs = Load("class-lead-in-verbs");

    /// <summary>Conjunctions that open a concession, inside which "may"/"might" grant a point ("While X may seem low, …").</summary>
    public static readonly WordClass ConcessiveOpeners = Load("class-concessive-openers");

    /// <summary>Conjunctions that open a fronted time clause, the author's scene before a speaker's report ("When …, Barr said").</summary>
    public static readonly WordClass TemporalOpeners = Load("class-temporal-openers");

    /// <summary>Modals that make a following reporting verb a possibility or advice, not a speech act ("might find").</summary>
    public static readonly WordClass UnrealisedModals = Load("class-unrealised-modals");

    /// <summary>
    /// A modal of either list (could, may, might, must, should, will, would): a verb after it is not yet or not really
    /// done ("will be accused by critics", "what critics would have called", "could cost up to").
    /// </summary>
    public static bool IsUnrealisedOrSupposingModal(string word) => UnrealisedModals.Contains(word) || SupposingModals.Contains(word);

    /// <summary>Auxiliaries and adverbs between a subject and its reporting verb ("has long argued").</summary>
    public static readonly WordClass VerbFillers = Load("class-verb-fillers");

    /// <summary>Discourse markers of speech, set off by commas ("you know", "I mean"): SpokenRegister.</summary>
    public static readonly Lexicon SpokenMarkers = LoadPhrases("class-spoken-markers");

    /// <summary>The first and second person in every form ("I", "we're", "your"): SpokenRegister.</summary>
    public static readonly WordClass DialoguePronouns = Load("class-dialogue-pronouns");

    /// <summary>Spellings of speech ("gonna", "kinda"): SpokenRegister.</summary>
    public static readonly WordClass SpokenContractions = Load("class-spoken-contractions");

    /// <summary>Words after a trailing attribution that still close its clause (", officials said on Monday").</summary>
    public static readonly WordClass ClauseClosers = Load("class-clause-closers");

    /// <summary>Participles that go on with a speaker's report after a trailing attribution (", he said, adding that").</summary>
    public static readonly WordClass SpeechContinuations = Load("class-speech-continuations");

    /// <summary>Words that open a relative clause after a noun ("a former prosecutor who has worked under Comey").</summary>
    public static readonly WordClass RelativePronouns = Load("class-relative-pronouns");

    /// <summary>Modals of obligation or advice: "should", "must", "ought".</summary>
    public static readonly WordClass ObligationModals = Load("class-obligation-modals");

    /// <summary>Verbs that state an obligation before "to": "have to", "needs to".</summary>
    public static readonly WordClass ObligationVerbs = Load("class-obligation-verbs");

    /// <summary>What a law, rule or person states, as the subject of "is clear:" ("His thesis is clear:").</summary>
    public static readonly WordClass StatedContentNouns = Load("class-stated-content-nouns");

    /// <summary>Nouns for what someone said, feared or estimated whose "that"-clause is an owner's after "from"/"by" (HeldNounClauses).</summary>
    public static readonly WordClass HeldClaimNouns = Load("class-held-claim-nouns");

    /// <summary>Verbs of beginning or going on before an infinitive ("had begun to warn"): UnmarkedReports.</summary>
    public static readonly WordClass AspectualVerbs = Load("class-aspectual-verbs");

    /// <summary>Hedge entries that read evidence ("appears to", "seems to"): AccordingToTails leaves them the author's.</summary>
    public static readonly WordClass AppearanceVerbs = Load("class-appearance-verbs");

    /// <summary>Nouns whose following clause is their content ("the possibility he may still win"), not a gapped relative.</summary>
    public static readonly WordClass ContentNouns = Load("class-content-nouns");

    /// <summary>Nouns whose "that" clause says what a risk, danger or confidence is ("the danger that they could spread
    /// fires"), read by DL1002 with <see cref="ContentNouns"/> and <see cref="ClaimContentNouns"/> only after "that".</summary>
    public static readonly WordClass TopicClauseNouns = Load("class-topic-clause-nouns");

    /// <summary>Content nouns whose "that" clause is the writer's inference from evidence ("some indication that"), which
    /// DL1002's content-clause reading leaves the author's hedge.</summary>
    public static readonly WordClass InferenceContentNouns = Load("class-inference-content-nouns");

    /// <summary>The existential "there" and "there's": before a content noun they state the possibility ("there is a chance that").</summary>
    public static readonly WordClass ExistentialSubjects = Load("class-existential-subjects");

    /// <summary>Nouns of listed hedge entries that name a supposition ("the possibility that", "the hypothesis that"): a
    /// hedge only after an existential "there" (SuppositionEntries).</summary>
    public static readonly WordClass SuppositionNouns = Load("class-supposition-nouns");

    /// <summary>The word by which a verb keeps a supposition open before its noun ("leaves open the possibility that"),
    /// which states it as an existential "there" does (SuppositionEntries).</summary>
    public static readonly WordClass SuppositionKeepingWords = Load("class-supposition-keeping-words");

    /// <summary>Words that open a reduced relative after a source noun ("people familiar with").</summary>
    public static readonly WordClass SourceQualifiers = Load("class-source-qualifiers");

    /// <summary>Participles that qualify a source noun only before a preposition ("people involved in the talks").</summary>
    public static readonly WordClass ParticipleSourceQualifiers = Load("class-participle-source-qualifiers");

    /// <summary>The prepositions that make such a participle a qualifier ("involved in", "informed about").</summary>
    public static readonly WordClass ParticipleQualifierPrepositions = Load("class-participle-qualifier-prepositions");

    /// <summary>Past verbs of characterising whose subject after "what" is a speaker ("what critics called a smear").</summary>
    public static readonly WordClass CharacterisingVerbs = Load("class-characterising-verbs");

    /// <summary>Heads a source qualifier makes an unnamed insider ("people", "source", "officials": Semantics/QualifiedSources).</summary>
    public static readonly WordClass QualifiedSourceHeads = Load("class-qualified-source-heads");

    /// <summary>The qualifiers themselves, after such a head ("familiar with", "close to", "with direct knowledge of").</summary>
    public static readonly Lexicon SourceQualifierPhrases = LoadPhrases("class-source-qualifier-phrases");

    /// <summary>Auxiliaries, modals, forms of "be" and relative pronouns: words no subject read back from its verb holds.</summary>
    public static readonly WordClass SubjectBreaks = Load("class-subject-breaks");

    /// <summary>Words that open what follows a noun phrase's head ("critics of", "officials at", "experts who").</summary>
    public static readonly WordClass NounPostModifiers = Load("class-noun-post-modifiers");

    /// <summary>Words that open a participle or relative clause after a source's head ("an official involved in", "officials
    /// who spoke to"): the only subjects read back past the usual source length.</summary>
    public static readonly WordClass LongSubjectPostModifiers = Load("class-long-subject-post-modifiers");

    /// <summary>Conjunctions and clause openers that may stand before such a long subject ("and a Chicago-based activist
    /// who has lost several loved ones to gun violence said").</summary>
    public static readonly WordClass LongSubjectOpeners = Load("class-long-subject-openers");

    /// <summary>Participles whose passive agent is the source of the clause ("was identified by law enforcement sources",
    /// "were later denied by Egyptian officials").</summary>
    public static readonly WordClass AgentReportParticiples = Load("class-agent-report-participles");

    /// <summary>Participles whose object is the source of the report they go with ("the paper said quoting an unnamed official").</summary>
    public static readonly WordClass CitingParticiples = Load("class-citing-participles");

    /// <summary>Words before a citing participle that say no citing happened ("without citing evidence", "Stop citing polls").</summary>
    public static readonly WordClass CitingNegators = Load("class-citing-negators");

    /// <summary>Causatives whose object is made to say or judge something ("leading analysts to predict that").</summary>
    public static readonly WordClass SpeechCausingVerbs = Load("class-speech-causing-verbs");

    /// <summary>Verbs of saying or judging that make a causative's object a source ("prompting experts to warn").</summary>
    public static readonly WordClass CausedSpeechVerbs = Load("class-caused-speech-verbs");

    /// <summary>Adverbs that bring a compared quantity near its mark ("nearly as many", "almost as many").</summary>
    public static readonly WordClass NearDegrees = Load("class-near-degrees");

    /// <summary>The authors of a document named earlier ("the researchers found").</summary>
    public static readonly WordClass DocumentAuthors = Load("class-document-authors");

    /// <summary>Bodies that are a checkable source without a determiner ("Police said").</summary>
    public static readonly WordClass BareNamedBodies = Load("class-bare-named-bodies");

    /// <summary>Phrases of a sentence's text that keep its source anonymous ("on condition of anonymity").</summary>
    public static readonly WordClass AnonymityMarkers = Load("class-anonymity-markers");

    public static readonly WordClass SurveyNouns = Load("class-survey-nouns");

    public static readonly WordClass SurveyRespondents = Load("class-survey-respondents");

    /// <summary>"the people polled", "those surveyed": a survey's own result.</summary>
    public static readonly WordClass SurveyParticiples = Load("class-survey-participles");

    public static readonly WordClass PageNouns = Load("class-page-nouns");

    /// <summary>Words before a number that make it an age ("aged 37").</summary>
    public static readonly WordClass AgeWords = Load("class-age-words");

    /// <summary>What joins a decade by a hyphen to name an age group ("20-somethings").</summary>
    public static readonly WordClass AgeGroupWords = Load("class-age-group-words");

    /// <summary>People nouns an age bound follows ("voters under 30", "anyone younger than 18"): an age group.</summary>
    public static readonly WordClass AgeBoundGroups = Load("class-age-bound-groups");

    /// <summary>The open bound after an age group's number and "and"/"or" ("65 and older", "18 and up", "12 and under").</summary>
    public static readonly WordClass AgeBoundTails = Load("class-age-bound-tails");

    /// <summary>Pronouns whose "is"/"was" and a bare number at the clause end give an age ("when he was 13").</summary>
    public static readonly WordClass AgeSubjects = Load("class-age-subjects");

    /// <summary>Words that may follow a stated age and go on with the clause ("when she was 17 and under …").</summary>
    public static readonly WordClass AgeClauseWords = Load("class-age-clause-words");

    /// <summary>Verbs whose bare number, closing its clause, is the age reached ("who just turned 61,").</summary>
    public static readonly WordClass AgeVerbs = Load("class-age-verbs");

    /// <summary>Life events whose "at" and a bare number give the person's age then ("died at 92").</summary>
    public static readonly WordClass AgeEventWords = Load("class-age-event-words");

    /// <summary>What follows "N years" to make it a gap between ages ("eight years older than Trump").</summary>
    public static readonly WordClass AgeComparatives = Load("class-age-comparatives");

    /// <summary>Words before "age" that make it a legal age a rule sets or changes ("raising the minimum age to 21").</summary>
    public static readonly WordClass AgeThresholdCues = Load("class-age-threshold-cues");

    /// <summary>The noun an age is stated with ("years of age", "the minimum age to 21"); not "aged" or "ages".</summary>
    public static readonly WordClass AgeNouns = Load("class-age-nouns");

    /// <summary>Nouns right after "age" that make it a legal bound with no cue before it ("the age limit").</summary>
    public static readonly WordClass AgeLimitNouns = Load("class-age-limit-nouns");

    /// <summary>The unit of "N years of age" and "N years older" (years only, not every time unit).</summary>
    public static readonly WordClass AgeYearUnits = Load("class-age-year-units");

    public static readonly WordClass Fractions = Load("class-fractions");

    /// <summary>Words after a number that make it a clock time ("9:45 am").</summary>
    public static readonly WordClass TimeSuffixes = Load("class-time-suffixes");

    /// <summary>
    /// Scale words a number takes glued to it ("5bn", "3m"): the same scales <see cref="ScaleWords"/> reads written
    /// apart ("5 bn"), so they are held a part of it (<see cref="DeclaredSubsets"/>) and a sum reads alike either way.
    /// </summary>
    public static readonly WordClass ScaleSuffixes = Load("class-scale-suffixes");

    /// <summary>Nouns that make "a million ways" an idiom, not a count.</summary>
    public static readonly WordClass CountIdioms = Load("class-count-idioms");

    /// <summary>Spelled-out counts from two to nine, read as a count before a long noun phrase ("Four active-duty St. Louis officers").</summary>
    public static readonly WordClass CountsTwoToNine = Load("class-counts-two-to-nine");

    /// <summary>
    /// Spelled counts from three to nine that make a multiple before "times as" and a count before a counted noun: read
    /// inside FigureFinder.SpelledQuantity, which only a word of <see cref="CountsTwoToNine"/> (or the number words,
    /// from "ten") reaches, so it is held a part of that list (<see cref="DeclaredSubsets"/>).
    /// </summary>
    public static readonly WordClass CountsThreeToNine = Load("class-counts-three-to-nine");

    /// <summary>Counts mostly incidental on their own ("two"), figures only before a counted noun or people.</summary>
    public static readonly WordClass IncidentalCounts = Load("class-incidental-counts");

    /// <summary>Words before a count that rank it in a set already in view ("the top two", "the other three").</summary>
    public static readonly WordClass CountSetMarkers = Load("class-count-set-markers");

    /// <summary>Words after a count that add it to a set already in view ("two other aides", "three more children").</summary>
    public static readonly WordClass CountAdditions = Load("class-count-additions");

    /// <summary>Spelled counts and their values ("three 3"), for a count the sentence itemises ("three goals: A, B and C").</summary>
    public static readonly WordClass CountWordValues = Load("class-count-word-values");

    /// <summary>Words that open a sentence presenting the author's own list ("Here are four takeaways").</summary>
    public static readonly WordClass ListOpeners = Load("class-list-openers");

    /// <summary>Documents whose text provides or forbids something ("the CARES Act includes", "the law prohibits").</summary>
    public static readonly WordClass ProvisionNouns = Load("class-provision-nouns");

    /// <summary>Verbs whose object is what a law, bill or plan sets out ("includes", "prohibits", "provides").</summary>
    public static readonly WordClass ProvisionVerbs = Load("class-provision-verbs");

    /// <summary>Auxiliaries and adverbs between a document and its provision verb ("has already provided").</summary>
    public static readonly WordClass ProvisionAuxiliaries = Load("class-provision-auxiliaries");

    /// <summary>A pronoun standing for a document named just before ("It would provide $1,200 to every family member").</summary>
    public static readonly WordClass ProvisionPronouns = Load("class-provision-pronouns");

    /// <summary>A sentence-opening preposition that puts what follows under a document's terms ("Under the new law, …").</summary>
    public static readonly WordClass GoverningPrepositions = Load("class-governing-prepositions");

    /// <summary>Nouns a figure sets the term of: the rate or amount a policy sets ("a 20% tariff", "a fee of $63").</summary>
    public static readonly WordClass PolicyTerms = Load("class-policy-terms");

    /// <summary>Plural nouns for the places whose people an entry ban names by count ("from seven Muslim-majority nations").</summary>
    public static readonly WordClass OriginPlaceNouns = Load("class-origin-place-nouns");

    /// <summary>Words naming a restriction of entry or immigration ("ban", "entry", "immigration").</summary>
    public static readonly WordClass EntryRestrictionWords = Load("class-entry-restriction-words");

    /// <summary>Nouns of a tax laid on goods, whose sum after "on" is the order's scope ("tariffs on $34 billion of goods").</summary>
    public static readonly WordClass TariffNouns = Load("class-tariff-nouns");

    /// <summary>Verbs whose direct object is what an actor asks for ("is seeking $20 million", "has demanded $5 billion").</summary>
    public static readonly WordClass DemandVerbs = Load("class-demand-verbs");

    /// <summary>Words that close a policy term a figure stands before, not one it follows ("a $15 minimum wage").</summary>
    public static readonly WordClass PolicyTermHeads = Load("class-policy-term-heads");

    /// <summary>Acts whose size an amount of money stands straight before ("a $2 trillion relief package").</summary>
    public static readonly WordClass AmountTermHeads = Load("class-amount-term-heads");

    /// <summary>Words between a policy term and the figure after it ("tariffs as low as 1%", "a fine of up to $5,000").</summary>
    public static readonly WordClass PolicyTermLinks = Load("class-policy-term-links");

    /// <summary>Nouns of the charges a prosecutor brings, whose count is the act's content ("faces 12 murder charges").</summary>
    public static readonly WordClass ChargeNouns = Load("class-charge-nouns");

    /// <summary>Verbs of a court's sentence, whose "to" gives its length ("was sentenced to three years").</summary>
    public static readonly WordClass SentencingVerbs = Load("class-sentencing-verbs");

    /// <summary>Words after a number and its time unit that make it a term of custody ("three years in prison", "a
    /// 25-year jail term").</summary>
    public static readonly WordClass CustodyWords = Load("class-custody-words");

    /// <summary>Words beside a pair of numbers that make it a vote tally ("a 54-45 vote", "split 7 to 6").</summary>
    public static readonly WordClass TallyWords = Load("class-tally-words");

    /// <summary>Head nouns of a subject that counts events and cannot act ("COVID-19 deaths have passed 500,000").</summary>
    public static readonly WordClass EventCountSubjects = Load("class-event-count-subjects");

    /// <summary>Words before an unhyphenated fraction and "of" that make it a proportion ("a third of", "two fifths of").</summary>
    public static readonly WordClass FractionCounts = Load("class-fraction-counts");

    /// <summary>Words before "half of" that keep it a proportion ("nearly half of", "more than half of").</summary>
    public static readonly WordClass HalfOfOpeners = Load("class-half-of-openers");

    /// <summary>Words before a bare "half" that make it a proportion ("by almost half", "more than half").</summary>
    public static readonly WordClass HalfApproximators = Load("class-half-approximators");

    /// <summary>Spelled words that open an estimated quantity after "an estimated" ("nearly", "half", "thousands").</summary>
    public static readonly WordClass EstimateQuantityWords = Load("class-estimate-quantity-words");

    /// <summary>
    /// Comparisons before "a"/"an"/"one" and a time unit that measure a duration ("for more than a year"): the figure's
    /// span is widened over them by <see cref="Approximators"/>, so they are held a part of it (<see cref="DeclaredSubsets"/>).
    /// </summary>
    public static readonly WordClass DurationApproximators = Load("class-duration-approximators");

    /// <summary>
    /// Approximators that restrict a count to the things it names ("only four swing states—Florida, …—were close"),
    /// which keep a listed count a figure (Figures/ListedCounts); held a part of <see cref="Approximators"/> (<see cref="DeclaredSubsets"/>).
    /// </summary>
    public static readonly WordClass RestrictingApproximators = Load("class-restricting-approximators");

    /// <summary>
    /// Approximators that make a count a lower bound ("at least three centers: A; B; C; and perhaps another"), which a
    /// list of more items still fits (Figures/ListedCounts); held a part of <see cref="Approximators"/> (<see cref="DeclaredSubsets"/>).
    /// </summary>
    public static readonly WordClass LowerBoundApproximators = Load("class-lower-bound-approximators");

    /// <summary>
    /// Time units up to a year that such a comparison makes a measured duration ("lasting less than one minute"): the
    /// readers after the finder ask <see cref="TimeUnits"/> whether a figure counts time, so they are held a part of it (<see cref="DeclaredSubsets"/>).
    /// </summary>
    public static readonly WordClass DurationUnits = Load("class-duration-units");

    /// <summary>Plurals of people without a final s ("men", "women", "congresswomen").</summary>
    public static readonly WordClass IrregularPlurals = Load("class-irregular-plurals");

    public static readonly WordClass Modals = Load("class-modals");

    /// <summary>Under <c>doclint_genre = research</c>: nouns for evidence ("data", "studies"), not for people.</summary>
    public static readonly WordClass ResearchEvidenceNouns = Load("research-evidence-nouns");

    public static readonly WordClass ModalOpeners = Load("class-modal-openers");

    /// <summary>Words that open an embedded question ("asked how he could", "unclear what Republicans may demand").</summary>
    public static readonly WordClass QuestionWords = Load("class-question-words");

    /// <summary>Demonstratives, which can stand alone as an embedded question's subject ("what that might entail").</summary>
    public static readonly WordClass Demonstratives = Load("class-demonstratives");

    /// <summary>"these" and "those": before a number they point back at a set already counted ("those 27 companies"): DL2001.</summary>
    public static readonly WordClass PluralDemonstratives = Load("class-plural-demonstratives");

    /// <summary>Nouns that name a neighbour's figures after a demonstrative or "the" ("those figures", "the data"): DL2001's forward cover.</summary>
    public static readonly WordClass FigureReferenceNouns = Load("class-figure-reference-nouns");

    /// <summary>"-ever" words opening a concessive free relative ("whatever the case may be"): the modal ranges, it does not guess.</summary>
    public static readonly WordClass FreeRelativeOpeners = Load("class-free-relative-openers");

    public static readonly WordClass AbilityVerbs = Load("class-ability-verbs");

    /// <summary>Ability verbs that take an effect noun ("could make a difference", "could do damage"): a consequence foreseen.</summary>
    public static readonly WordClass ProspectEffectVerbs = Load("class-prospect-effect-verbs");

    /// <summary>Effect nouns after "could make/do" ("a significant difference", "lasting damage"): the modal guesses.</summary>
    public static readonly WordClass ProspectEffectNouns = Load("class-prospect-effect-nouns");

    /// <summary>Results of a causative "could make (it) …" ("more difficult", "worse"): the modal guesses.</summary>
    public static readonly WordClass ProspectResultAdjectives = Load("class-prospect-result-adjectives");

    /// <summary>Verbs that make their object look some way ("makes it seem as though"): a caused impression, not doubt.</summary>
    public static readonly WordClass CausativeVerbs = Load("class-causative-verbs");

    /// <summary>Words after "think" that make it consideration ("I think about the press"), not belief in a claim.</summary>
    public static readonly WordClass ConsiderationParticles = Load("class-consideration-particles");

    /// <summary>Verbs of holding or voicing a view after "tend to" ("Economists tend to agree"): a group's habitual view, not doubt.</summary>
    public static readonly WordClass TendedViews = Load("class-tended-views");

    /// <summary>The forms of "tend", whose "tend to" hedge is a verb of caring or a group's habitual view in some uses.</summary>
    public static readonly WordClass TendForms = Load("class-tend-forms");

    /// <summary>Verbs a belief frame ends with that before "about"/"of" consider a thing ("when I think about").</summary>
    public static readonly WordClass ConsiderationVerbs = Load("class-consideration-verbs");

    /// <summary>Verbs a belief frame ends with that before "in" take a thing to trust ("we believe in protest").</summary>
    public static readonly WordClass TrustVerbs = Load("class-trust-verbs");

    /// <summary>Nouns an opinion frame ends with ("in my view", "in our opinion"): a belief frame, advice before "should".</summary>
    public static readonly WordClass OpinionFrameNouns = Load("class-opinion-frame-nouns");

    /// <summary>Verbs a first-person frame ends with that before "for" take what is feared for ("I fear for"), not a clause.</summary>
    public static readonly WordClass ConcernVerbs = Load("class-concern-verbs");

    /// <summary>The forms of "suggest": a hedge entry opening with one is an act after "to"/"in" and a denial after a negator.</summary>
    public static readonly WordClass SuggestForms = Load("class-suggest-forms");

    /// <summary>Verbs of a deliberate act after an agent's "could" ("the president could fire"): an option, not doubt.</summary>
    public static readonly WordClass ChoiceVerbs = Load("class-choice-verbs");

    /// <summary>More verbs of a deliberate act after an agent's "could" ("Congress could pass", "lawmakers could back"),
    /// read by DL1002 only: the figure rule's option reading stays on <see cref="ChoiceVerbs"/>.</summary>
    public static readonly WordClass OptionVerbs = Load("class-option-verbs");

    /// <summary>Verbs after an agent's "could" in a past-tense sentence that say what might befall the agent ("he could
    /// lose the election"), read by DL1002's past-frame option reading only.</summary>
    public static readonly WordClass PastOutcomeVerbs = Load("class-past-outcome-verbs");

    /// <summary>What follows a modal that states a law's penalty ("could face", "could be subject to"), read by DL1002
    /// with <see cref="PenaltyNouns"/>; phrases, matched by the lexicon's trie.</summary>
    public static readonly Lexicon PenaltyFrames = LoadPhrases("class-penalty-frames");

    /// <summary>The penalties a law sets ("prison", "a fine", "sanctions"), after a penalty frame in the modal's clause.</summary>
    public static readonly WordClass PenaltyNouns = Load("class-penalty-nouns");

    /// <summary>Words that head a storm's name ("Hurricane Maria", "Tropical Storm Harvey"): the name is an event, not an
    /// agent, for DL1002's agent's-option reading.</summary>
    public static readonly WordClass EventNameHeads = Load("class-event-name-heads");

    /// <summary>Participles of seeing and hearing after a modal's "be" ("could be heard", "could be seen throwing"), read
    /// by DL1002's observed-passive reading (<see cref="DocLint.Rules.Hedging.ObservedPassive"/>).</summary>
    public static readonly WordClass ObservationParticiples = Load("class-observation-participles");

    /// <summary>Participles of getting in touch after a modal's "be" ("he could be reached"), read by DL1002 after a
    /// person's subject.</summary>
    public static readonly WordClass ContactParticiples = Load("class-contact-participles");

    /// <summary>Participles that place a thing after a modal's "be" ("could be found in"), read by DL1002 with
    /// <see cref="LocatingPrepositions"/>.</summary>
    public static readonly WordClass LocatingParticiples = Load("class-locating-participles");

    /// <summary>Place prepositions after a locating participle ("found in", "found among").</summary>
    public static readonly WordClass LocatingPrepositions = Load("class-locating-prepositions");

    /// <summary>Common nouns for people and bodies that act ("the president", "migrants", "the two main parties").</summary>
    public static readonly WordClass AgentNouns = Load("class-agent-nouns");

    /// <summary>Words that, before a subject and "could", measure an ability ("everything he could").</summary>
    public static readonly WordClass AbilityQuantifiers = Load("class-ability-quantifiers");

    public static readonly WordClass SubjectPronouns = Load("class-subject-pronouns");

    /// <summary>Object pronouns, a reporting verb's addressee rather than its clause's subject ("told him", "warned them").</summary>
    public static readonly WordClass ObjectPronouns = Load("class-object-pronouns");

    // The agent and role endings of a person noun ("donor", "activist", "resident"): UnnamedSubjects' indefinite speaker.
    public static readonly WordClass PersonSuffixes = Load("class-person-suffixes");

    // "one of them / us / those": a group the phrase does not name (UnnamedSubjects' indefinite speaker).
    public static readonly WordClass UnnamedGroupPronouns = Load("class-unnamed-group-pronouns");

    /// <summary>A subject pronoun fused with its verb ("it's", "they're", "that's").</summary>
    public static readonly WordClass SubjectContractions = Load("class-subject-contractions");

    /// <summary>Words whose "'s" is "us" or "is", not an owner's: "let's", "here's".</summary>
    public static readonly WordClass NonPossessiveContractions = Load("class-non-possessive-contractions");

    /// <summary>Pronouns that name no speaker: "it", "there", "what" ("it's revealed", "what's said about him").</summary>
    public static readonly WordClass ImpersonalSubjects = Load("class-impersonal-subjects");

    /// <summary>Nouns for someone's reckoning of a figure: "By PG&amp;E's estimate", "in Nichols's analysis".</summary>
    public static readonly WordClass OwnedEstimates = Load("class-owned-estimates");

    /// <summary>Adverbs between a modal's "have" and its participle ("could have also made").</summary>
    public static readonly WordClass PerfectAdverbs = Load("class-perfect-adverbs");

    /// <summary>Adverbs between "could" and "have" that keep the perfect contrary to fact ("could otherwise have gone").</summary>
    public static readonly WordClass PrePerfectAdverbs = Load("class-pre-perfect-adverbs");

    /// <summary>Listed hedges that in news soften a degree or compare ("more or less permanently"), not doubt a claim.</summary>
    public static readonly WordClass DegreeSofteners = Load("class-degree-softeners");

    /// <summary>Listed hedges by which a news report says something is not yet known ("it is unclear whether"), not a doubt.</summary>
    public static readonly WordClass OpenQuestionHedges = Load("class-open-question-hedges");

    /// <summary>The forms of "indicate": a hedge entry opening with one is no hedge in news ("records indicate that").</summary>
    public static readonly WordClass IndicateForms = Load("class-indicate-forms");

    /// <summary>Heads of an impersonal hedge frame: "possible", "a decent chance", "reason to believe" after "it is"/"there's".</summary>
    public static readonly WordClass ImpersonalHedgeHeads = Load("class-impersonal-hedge-heads");

    /// <summary>Words that deny or shrink an impersonal hedge frame ("no reason to believe", "not possible", "little chance").</summary>
    public static readonly WordClass ImpersonalFrameStops = Load("class-impersonal-frame-stops");

    /// <summary>Auxiliaries and question words that open a direct question after a break ("two issues: Can the president…?").</summary>
    public static readonly WordClass QuestionOpeners = Load("class-question-openers");

    /// <summary>Booster entries claiming common knowledge ("we all know"): certainty only before a clause.</summary>
    public static readonly WordClass KnowledgeFrames = Load("class-knowledge-frames");

    /// <summary>Words that open the known claim after a knowledge frame ("we all know that", "… how it ended").</summary>
    public static readonly WordClass KnownContentOpeners = Load("class-known-content-openers");

    /// <summary>"had" and "were" after "if" or opening the sentence: a condition contrary to fact.</summary>
    public static readonly WordClass CounterfactualVerbs = Load("class-counterfactual-verbs");

    /// <summary>Verbs after "one might" that say what any reader would think or ask ("one might expect").</summary>
    public static readonly WordClass GenericThoughts = Load("class-generic-thoughts");

    /// <summary>Words before "might" that make it the noun ("military might").</summary>
    public static readonly WordClass MightModifiers = Load("class-might-modifiers");

    /// <summary>Pronouns that deny the whole subject before a modal ("No one could", "nobody may", "none of us could").</summary>
    public static readonly WordClass NegativePronouns = Load("class-negative-pronouns");

    /// <summary>Determiners that deny the noun they open before a modal ("no future candidate could", "neither side could").</summary>
    public static readonly WordClass NegativeDeterminers = Load("class-negative-determiners");

    /// <summary>Modals an emphatic "possibly" follows in a denial, a question or a comparison's limit ("could not possibly").</summary>
    public static readonly WordClass EmphaticPossiblyModals = Load("class-emphatic-possibly-modals");

    /// <summary>Set phrases that hold a modal and doubt nothing ("as the case may be", "might as well"); phrases, matched by
    /// the lexicon's trie.</summary>
    public static readonly Lexicon ModalIdioms = LoadPhrases("class-modal-idioms");

    /// <summary>Verbs after a sentence-opening "May" that make it the month ("May brought rain", "May was").</summary>
    public static readonly WordClass MonthMayVerbs = Load("class-month-may-verbs");

    /// <summary>Words or phrases a few words before a modal that open its clause as condition, purpose, time or question
    /// ("whether the vote might", "by the time doctors could"); phrases, matched by the lexicon's trie.</summary>
    public static readonly Lexicon ModalClauseOpeners = LoadPhrases("class-modal-clause-openers");

    /// <summary>Verbs whose "that" clause reports a finding ("the study found that it may").</summary>
    public static readonly WordClass ResultVerbs = Load("class-result-verbs");

    public static readonly WordClass IrregularParticiples = Load("class-irregular-participles");

    /// <summary>Words straight after "could/might have been" that compare the forgone course ("might have been worse").</summary>
    public static readonly WordClass ForgoneComplements = Load("class-forgone-complements");

    /// <summary>Verbs after "what could/may/might" that name the possibility before a noun phrase ("what could be the deadliest").</summary>
    public static readonly WordClass PossibilityNamingVerbs = Load("class-possibility-naming-verbs");

    /// <summary>Adverbs after "could/might have been" that say the forgone course was open ("could have been easily resolved").</summary>
    public static readonly WordClass ForgoneMannerAdverbs = Load("class-forgone-manner-adverbs");

    /// <summary>Nouns after "could/might have been a" that name a role not taken ("could have been a shining example").</summary>
    public static readonly WordClass ForgoneRoleNouns = Load("class-forgone-role-nouns");

    /// <summary>The modals whose perfect may be a course not taken ("could have been", "might have been"; not "may").</summary>
    public static readonly WordClass ForgoneModals = Load("class-forgone-modals");

    /// <summary>Words after "could/might have been" that set the course taken against the forgone one ("but instead").</summary>
    public static readonly WordClass ForgoneContrastAdverbs = Load("class-forgone-contrast-adverbs");

    /// <summary>Words after "if" that make it a wish for the course not taken ("if only the FBI had").</summary>
    public static readonly WordClass ForgoneWishTails = Load("class-forgone-wish-tails");

    /// <summary>Modals of the consequent that says what the forgone course would have brought ("would have ensured").</summary>
    public static readonly WordClass ForgoneConsequentModals = Load("class-forgone-consequent-modals");

    /// <summary>Words after a certainty adverb that make it manner ("clearly defined").</summary>
    public static readonly WordClass MannerParticiples = Load("class-manner-participles");

    /// <summary>Verbs before a certainty adverb that make it manner ("speak clearly").</summary>
    public static readonly WordClass MannerVerbs = Load("class-manner-verbs");

    /// <summary>Booster adverbs that claim certainty only on a verb or a negation ("manifestly does not", not "manifestly illicit").</summary>
    public static readonly WordClass VerbBoundCertaintyAdverbs = Load("class-verb-bound-certainty-adverbs");

    /// <summary>Words an impersonal certainty frame may hold before its adjective ("it has become increasingly clear").</summary>
    public static readonly WordClass CertaintyFrameDegrees = Load("class-certainty-frame-degrees");

    /// <summary>Adjectives that close an impersonal certainty frame ("it is clear", "it ought to be obvious").</summary>
    public static readonly WordClass CertaintyFrameHeads = Load("class-certainty-frame-heads");

    /// <summary>Links between "it" and the adjective of an impersonal certainty frame ("is", "has", "become", "ought", "to", "be").</summary>
    public static readonly WordClass CertaintyFrameLinks = Load("class-certainty-frame-links");

    /// <summary>Prepositions after a frame's adjective that make "it" a named thing seen somewhere ("It is also apparent in the legacy").</summary>
    public static readonly WordClass CertaintyFramePlacePrepositions = Load("class-certainty-frame-place-prepositions");

    /// <summary>Links that may stand right after "it" in an impersonal certainty frame ("is", "'s", "has", "should").</summary>
    public static readonly WordClass CertaintyFrameOpeners = Load("class-certainty-frame-openers");

    /// <summary>Links of which an impersonal certainty frame needs one ("is", "become", "be"): "it has clear rules" is no frame.</summary>
    public static readonly WordClass CertaintyFrameCopulas = Load("class-certainty-frame-copulas");

    /// <summary>Present copulas of the predicative certainty frame that closes its clause ("Two things are obvious:").</summary>
    public static readonly WordClass CertaintyPredicateCopulas = Load("class-certainty-predicate-copulas");

    /// <summary>Subordinators that make a predicative certainty frame's clause a time or a condition ("once the costs are clear.").</summary>
    public static readonly WordClass AwaitedClauseOpeners = Load("class-awaited-clause-openers");

    /// <summary>Verbs whose object "no doubt" is what someone made plain ("she left no doubt"), not the author's booster.</summary>
    public static readonly WordClass DoubtLeavingVerbs = Load("class-doubt-leaving-verbs");

    /// <summary>Words right before "clearly" that make it a graded manner ("how clearly two sides can disagree", "more clearly").</summary>
    public static readonly WordClass MannerDegreeWords = Load("class-manner-degree-words");

    /// <summary>The coordinating conjunctions: a coordinated word shares what stands before it ("cogently and clearly",
    /// "but suggests Castro should").</summary>
    public static readonly WordClass Coordinators = Load("class-coordinators");

    /// <summary>The coordinators that join a list's last member ("Ann, Bob and Cy", "Ohio or Iowa"): not "but", which
    /// contrasts; a part of <see cref="Coordinators"/> (<see cref="DeclaredSubsets"/>).</summary>
    public static readonly WordClass MemberCoordinators = Load("class-member-coordinators");

    /// <summary>Words before a number and a time unit that place an event in time ("within two weeks").</summary>
    public static readonly WordClass TimeSpanOpeners = Load("class-time-span-openers");

    /// <summary>Clock units ("minutes"): after "another" they measure an event's stretch, not a term; a part of
    /// <see cref="TimeUnits"/> (<see cref="DeclaredSubsets"/>).</summary>
    public static readonly WordClass ClockSpanUnits = Load("class-clock-span-units");

    public static readonly WordClass TimeApproximators = Load("class-time-approximators");

    /// <summary>Words after a small count that make it the author's own enumeration ("three main factors").</summary>
    public static readonly WordClass EnumerationWords = Load("class-enumeration-words");

    /// <summary>Labels before a colon that open a related-link line ("Also see:", "Read more:").</summary>
    public static readonly WordClass LinkLabels = Load("class-link-labels");

    /// <summary>A verb and its particle that open a page's appeal to the reader ("Sign up", "Chip in"), read as names by the tagger.
    /// Phrases: matched over tokens by the lexicon's trie, so no two words are joined into a string to look them up.</summary>
    public static readonly Lexicon AppealOpeners = LoadPhrases("class-appeal-openers");

    /// <summary>Two words that name a survey's method ("sampling error", "response rate"); phrases as above.</summary>
    public static readonly Lexicon SurveyMethodTerms = LoadPhrases("class-survey-method-terms");

    /// <summary>Prepositions after "expected" that make it a duty, a holder or a custom ("expected of them", "expected by
    /// spring", "expected among royal children"), not an unheld forecast.</summary>
    public static readonly WordClass ExpectationPrepositions = Load("class-expectation-prepositions");

    /// <summary>Words before a passive's "be" that make it a comparison ("than was expected", "as was expected").</summary>
    public static readonly WordClass ComparisonOpeners = Load("class-comparison-openers");

    /// <summary>"is", "are", "was", "were": the finite "be" of a passive expectation ("more layoffs are expected.").</summary>
    public static readonly WordClass FiniteBeForms = Load("class-finite-be-forms");

    /// <summary>Adverbs of how widely an expectation is held ("widely", "broadly"), read inside an unheld passive "expected"
    /// where the verb fillers do not list them ("is widely expected Monday night to", "Ginsburg, 87, widely expected to").</summary>
    public static readonly WordClass ExpectationAdverbs = Load("class-expectation-adverbs");

    /// <summary>Participles of a forecast or an estimate ("expected", "estimated"), a reporting source's own in its clause.</summary>
    public static readonly WordClass ForecastParticiples = Load("class-forecast-participles");

    /// <summary>Participles of judging or believing read in an unheld passive ("seen as", "believed to", "considered").</summary>
    public static readonly WordClass JudgementParticiples = Load("class-judgement-participles");

    /// <summary>Judgement participles that take a bare predicate ("is considered small").</summary>
    public static readonly WordClass PredicatingParticiples = Load("class-predicating-participles");

    /// <summary>Participles of censure whose passive hides the critics ("has been criticized for").</summary>
    public static readonly WordClass CensureParticiples = Load("class-censure-participles");

    /// <summary>Quantifiers that float between "be" and its participle ("are all seen as").</summary>
    public static readonly WordClass FloatingQuantifiers = Load("class-floating-quantifiers");

    /// <summary>Verbs that voice or hold a stance through their object ("raised concerns", "expressed skepticism").</summary>
    public static readonly WordClass VoicingVerbs = Load("class-voicing-verbs");

    /// <summary>Stance nouns whose voicing is a claim of doubt or fear ("concerns", "skepticism", "the opinion").</summary>
    public static readonly WordClass StanceObjectNouns = Load("class-stance-object-nouns");

    /// <summary>Nouns of a view a group shares, read with "among" and the group ("the consensus among historians").</summary>
    public static readonly WordClass SharedViewNouns = Load("class-shared-view-nouns");

    /// <summary>Adjectives of a stance a group holds of something ("critical of", "concerned about", "sceptical that").</summary>
    public static readonly WordClass StanceAdjectives = Load("class-stance-adjectives");

    /// <summary>Verbs other than "be" that link a subject to its stance adjective ("remain concerned", "appear wary").</summary>
    public static readonly WordClass LinkingVerbs = Load("class-linking-verbs");

    /// <summary>Words that open a stance adjective's complement ("of", "about", "that").</summary>
    public static readonly WordClass StanceComplements = Load("class-stance-complements");

    /// <summary>Participles of saying or believing read after "it" and an adverbed "be" ("It is even said that").</summary>
    public static readonly WordClass ImpersonalParticiples = Load("class-impersonal-participles");

    /// <summary>Report and rumour nouns that credit their claim to no one when nothing owns them ("amid reports that").</summary>
    public static readonly WordClass HearsayNouns = Load("class-hearsay-nouns");

    /// <summary>The count nouns among the report and rumour nouns, whose singular needs an article ("a report that").</summary>
    public static readonly WordClass HearsayCountNouns = Load("class-hearsay-count-nouns");

    /// <summary>Adjectives that make a report or rumour untrue or one named before ("false reports", "other reports").</summary>
    public static readonly WordClass HearsayDiscountingModifiers = Load("class-hearsay-discounting-modifiers");

    /// <summary>Words after a report or rumour noun that open its claim ("reports that", "reports of", "reports suggesting").</summary>
    public static readonly WordClass HearsayCarriers = Load("class-hearsay-carriers");

    /// <summary>Coordinators passed over between a break and the question it opens ("— so do you hire?").</summary>
    public static readonly WordClass QuestionCoordinators = Load("class-question-coordinators");

    /// <summary>"which", "who", "whom": lower-case before a personal pronoun, a relative clause the pronoun speaks ("which he estimates").</summary>
    public static readonly WordClass PronounRelatives = Load("class-pronoun-relatives");

    /// <summary>Prepositions before "likely" that make it a noun's adjective ("among likely voters"); lower-case only.</summary>
    public static readonly WordClass LikelyAdjectivePrepositions = Load("class-likely-adjective-prepositions");

    /// <summary>Words before "likely" that make it the predicate or the adverb, a hedge ("most likely", "will likely").</summary>
    public static readonly WordClass LikelyHedgeOpeners = Load("class-likely-hedge-openers");

    /// <summary>Words and marks after "likely" that make it the predicate or the adverb, a hedge ("likely to", "likely not").</summary>
    public static readonly WordClass LikelyHedgeFollowers = Load("class-likely-hedge-followers");

    /// <summary>Hedge adverbs that open the author's guess at a report's intent after its comma (", perhaps referring to").</summary>
    public static readonly WordClass CommentHedgeAdverbs = Load("class-comment-hedge-adverbs");

    /// <summary>The noun of a purpose phrase after a comment hedge adverb (", apparently in an effort to").</summary>
    public static readonly WordClass CommentPurposeNouns = Load("class-comment-purpose-nouns");

    /// <summary>Auxiliaries that make a reported clause a forecast, which a hedge participle after it carries on ("will", "could").</summary>
    public static readonly WordClass ForecastAuxiliaries = Load("class-forecast-auxiliaries");

    /// <summary>An article or possessive before a forecasting "likely" and its noun ("a likely U.S. default", "her likely successor").</summary>
    public static readonly WordClass ForecastDeterminers = Load("class-forecast-determiners");

    /// <summary>The roles of a race that "the likely …" labels ("the likely nominee", "a likely contender"), not a forecast.</summary>
    public static readonly WordClass RaceRoleNouns = Load("class-race-role-nouns");

    /// <summary>Words before a "suggest" hedge that make it the name of an act ("to suggest that", "by suggesting").</summary>
    public static readonly WordClass ActNamingPrepositions = Load("class-act-naming-prepositions");

    /// <summary>Hedge entries that before a number approximate it ("maybe eight or nine").</summary>
    public static readonly WordClass NumberApproximatingHedges = Load("class-number-approximating-hedges");

    /// <summary>Words before a certainty adverb that soften or grade it ("almost certainly", "more clearly").</summary>
    public static readonly WordClass CertaintySofteners = Load("class-certainty-softeners");

    /// <summary>Modals of advice and rule ("should", "must", "shall", "ought"): a figure after them states what should be.</summary>
    public static readonly WordClass PrescriptiveModals = Load("class-prescriptive-modals");

    /// <summary>Words after "if" that make it a set phrase ("if anything", "if so"), not a condition.</summary>
    public static readonly WordClass ConditionalIdiomTails = Load("class-conditional-idiom-tails");

    /// <summary>Words in a source phrase that open what its speaker works or speaks for ("a spokesman for the defense secretary").</summary>
    public static readonly WordClass AffiliationLinks = Load("class-affiliation-links");

    /// <summary>Words after an indefinite role noun that close its phrase ("a Republican who attended", "an aide from").</summary>
    public static readonly WordClass MemberPhraseClosers = Load("class-member-phrase-closers");

    /// <summary>Words after a quantified group noun that leave it the head ("many officials who", "lawmakers nationwide").</summary>
    public static readonly WordClass QuantifiedGroupTails = Load("class-quantified-group-tails");

    /// <summary>Words after a bare plural group noun that leave it the head ("analysts at BofA", "teachers nationwide").</summary>
    public static readonly WordClass BareGroupTails = Load("class-bare-group-tails");

    /// <summary>
    /// Role heads a quoted bare group still cites as sources ("Justice Department officials said" inside quotes): a
    /// chosen part of <see cref="GroupNouns"/>, held to stay a part of it (<see cref="DeclaredSubsets"/>).
    /// </summary>
    public static readonly WordClass QuotedSourceRoles = Load("class-quoted-source-roles");

    // The lists spell apostrophes straight, as the tokenizer makes a word's curly one: "he\u2019s" is read as "he's".
    private static Lexicon LoadPhrases(string name) => Lexicon.Parse(name, RuleLexicons.ReadResource(name));

    /// <summary>Spelled counts that open a ratio before "in" or "out of" and a number ("one in five women").</summary>
    public static readonly WordClass RatioNumerators = Load("class-ratio-numerators");

    /// <summary>Nouns a spelled poll or vote margin modifies ("a seven-point swing", "a two-to-one victory").</summary>
    public static readonly WordClass MarginHeads = Load("class-margin-heads");

    /// <summary>Words before "to" whose object is a speech's audience ("speaking to", "an email to", "a tweet to").</summary>
    public static readonly WordClass AddressHeads = Load("class-address-heads");

    /// <summary>
    /// Speech verbs whose first object is the audience ("told his 916,000 Twitter followers that …"). Equal today to
    /// <see cref="OrderingVerbs"/>, but an audience, not a command (the list's header says why they stay two).
    /// </summary>
    public static readonly WordClass AddresseeVerbs = Load("class-addressee-verbs");

    /// <summary>Words between "to"/"told" and an audience's count besides determiners and approximators ("the crowd of several").</summary>
    public static readonly WordClass AudienceWords = Load("class-audience-words");

    /// <summary>Nouns for a gathered audience ("the crowd", "the audience"), whose count follows "of" ("the crowd of several").</summary>
    public static readonly WordClass AudienceNouns = Load("class-audience-nouns");

    /// <summary>
    /// The classes chosen from another (mend41: class-quoted-source-roles picks 11 of class-group-nouns' heads; mend42:
    /// the counts three to nine, the duration units and approximators, the scale suffixes): a word the larger list drops
    /// or never had fails the load (<see cref="SubsetOf"/>), so the two lists cannot drift apart unnoticed. Declared only
    /// where a reading needs the word in both lists; lists that share words by content alone (class-time-approximators
    /// and class-approximators, class-unintroduced-source-heads and class-qualified-source-heads) are not held together.
    /// The one place a relation is written: the tests read this table (mend43). Last of the fields, so that every class
    /// it names has loaded.
    /// </summary>
    internal static readonly ImmutableArray<DeclaredSubset> DeclaredSubsets =
    [
        Declare("class-quoted-source-roles", QuotedSourceRoles, "class-group-nouns", GroupNouns),
        Declare("class-counts-three-to-nine", CountsThreeToNine, "class-counts-two-to-nine", CountsTwoToNine),
        Declare("class-duration-units", DurationUnits, "class-time-units", TimeUnits),
        Declare("class-clock-span-units", ClockSpanUnits, "class-time-units", TimeUnits),
        Declare("class-case-versus-marks", CaseVersusMarks, "class-versus-marks", VersusMarks),
        Declare("class-member-coordinators", MemberCoordinators, "class-coordinators", Coordinators),
        Declare("class-scale-suffixes", ScaleSuffixes, "class-scale-words", ScaleWords),
        Declare("class-duration-approximators", DurationApproximators, "class-approximators", Approximators),
        Declare("class-restricting-approximators", RestrictingApproximators, "class-approximators", Approximators),
        Declare("class-lower-bound-approximators", LowerBoundApproximators, "class-approximators", Approximators),
        Declare("class-study-share-units", StudyShareUnits, "class-percent-words", PercentWords),
    ];

    // A subset with a word outside its superset fails, naming the stray words.
    internal static WordClass SubsetOf(WordClass superset, string supersetName, WordClass subset, string subsetName)
    {
        var strays = subset.Where(word => !superset.Contains(word)).Order(StringComparer.Ordinal).ToList();
        return strays.Count == 0
            ? subset
            : throw new InvalidOperationException($"{subsetName} must be a subset of {supersetName}; not in it: {string.Join(", ", strays)}");
    }

    // Each class with its key filter (see WordClass): nearly every token a reader asks about is in no class.
    private static WordClass Load(string name, params ReadOnlySpan<string> extra) => WordClass.Parse(RuleLexicons.ReadResource(name), extra);

    // One relation of DeclaredSubsets, held at the load.
    private static DeclaredSubset Declare(string name, WordClass subset, string supersetName, WordClass superset) =>
        new(name, SubsetOf(superset, supersetName, subset, name), supersetName, superset);
}
