using System.Collections.Frozen;

namespace DocLint.Rules.Common;

/// <summary>Small closed word classes the rules consult; grammar words rather than a lexicon users extend.</summary>
internal static class WordClasses
{
    public static readonly FrozenSet<string> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some", "any",
        "every", "each", "no", "all");

    public static readonly FrozenSet<string> PersonalPronouns = Set("he", "she", "they", "him", "her", "them");

    public static readonly FrozenSet<string> AuthorPronouns = Set("i", "we", "you");

    /// <summary>Capitalised words that do not make a name (sentence openers, pronouns, titles of generic roles).</summary>
    public static readonly FrozenSet<string> NotNames = Set(
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her",
        "their", "our", "my", "your", "some", "many", "most", "several", "few", "other", "others", "one", "two", "three",
        "but", "and", "or", "so", "yet", "if", "when", "while", "as", "in", "on", "at", "for", "with", "by", "from", "to",
        "of", "after", "before", "since", "because", "although", "though", "still", "also", "even", "only", "just",
        "according", "there", "here", "what", "which", "who", "whom", "whose", "where", "why", "how", "no", "not",
        "another", "each", "every", "all", "both", "such", "former", "senior", "top", "local", "federal", "state",
        "government", "administration", "officials", "experts", "critics", "sources", "analysts", "observers", "insiders",
        "people", "reports", "studies", "research", "data", "supporters", "opponents", "advocates", "scientists",
        "economists", "researchers", "residents", "authorities", "police", "now", "then", "however", "meanwhile",
        "instead", "indeed", "yes", "mr.", "mrs.", "ms.", "dr.", "prof.", "more", "less", "fewer", "than", "nearly", "almost",
        "about", "around", "roughly", "approximately", "over", "under", "at", "least", "up", "hundreds", "thousands", "millions",
        "dozens", "scores", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "fifty");

    /// <summary>People cited for what they know; with "a", "another" or "one" they stay anonymous ("another scholar told me").</summary>
    public static readonly FrozenSet<string> RoleNouns = Set(
        "scholar", "expert", "analyst", "official", "source", "economist", "researcher", "scientist", "diplomat", "insider",
        "panelist", "observer", "historian", "aide", "adviser", "advisor", "staffer", "strategist", "consultant",
        "lawmaker", "operative", "witness", "person", "critic", "commentator", "academic", "professor", "doctor", "physician",
        "protester", "teacher", "resident", "republican", "democrat", "conservative", "liberal", "activist", "advocate",
        "supporter", "donor", "member", "employee", "worker", "officer", "agent", "investigator", "prosecutor", "lawyer", "attorney");

    /// <summary>Words that open a group whose members go unnamed ("many scholars", "some Republicans").</summary>
    public static readonly FrozenSet<string> GroupQuantifiers = Set(
        "many", "some", "most", "numerous", "several", "multiple", "various", "countless", "top", "few", "lot", "number",
        "majorities", "dozens", "scores", "hundreds", "thousands");

    /// <summary>Words that open a clause, so a subject phrase read backwards from its verb ends before them ("what many Democrats argue").</summary>
    public static readonly FrozenSet<string> ClauseOpeners = Set(
        "what", "when", "where", "while", "because", "if", "although", "though", "since", "unless", "whether");

    /// <summary>Spelled-out counts below a dozen ("two people briefed on", "three officials").</summary>
    public static readonly FrozenSet<string> SmallCardinals = Set(
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    /// <summary>Plural nouns of people that, quantified, make a vague group.</summary>
    public static readonly FrozenSet<string> GroupNouns = Set(
        "republicans", "democrats", "liberals", "conservatives", "lawmakers", "legislators", "people", "americans", "voters",
        "publications", "institutions", "outlets", "admirers", "observers", "scholars", "historians", "officials", "experts",
        "economists", "analysts", "scientists", "researchers", "insiders", "aides", "advisers", "advisors", "strategists",
        "operatives", "doctors", "physicians", "epidemiologists", "academics", "commentators", "pundits", "critics",
        "activists", "advocates", "sources", "residents", "investors", "executives", "diplomats");

    /// <summary>Nouns for an institution that, with "the", point at one the story has named ("the agency said").</summary>
    public static readonly FrozenSet<string> InstitutionNouns = Set(
        "agency", "administration", "bureau", "company", "firm", "department", "ministry", "government", "court", "commission",
        "council", "committee", "university", "bank", "board", "office", "authority", "association", "institute", "center",
        "centre", "foundation", "organization", "organisation", "group", "campaign", "union", "police", "sheriff", "spokesman",
        "spokeswoman", "spokesperson", "mayor", "governor", "president", "senator", "secretary", "minister", "chairman",
        "chairwoman", "director", "ceo", "lawsuit", "complaint", "indictment", "report", "study", "survey", "poll", "audit",
        "census", "budget", "filing", "letter", "statement", "memo", "ruling", "order", "bill", "law", "plan", "proposal",
        "team", "army", "navy", "military", "pentagon", "whitehouse", "county", "city", "state", "district", "school",
        "hospital", "utility", "network", "newspaper", "magazine", "website", "researchers", "authors", "paper", "journal",
        "analysis", "review", "database", "records", "figures", "data", "index", "estimate");

    /// <summary>Documents whose capitalised owner names them ("a Gallup poll", "the Census Bureau's data").</summary>
    public static readonly FrozenSet<string> DocumentNouns = Set(
        "report", "reports", "survey", "surveys", "study", "studies", "poll", "polls", "data", "analysis", "census", "figures",
        "statistics", "estimate", "estimates", "records", "index", "audit", "review", "filing", "filings", "budget",
        "database", "dataset", "paper", "findings", "research", "forecast", "projections", "tally", "count");

    public static readonly FrozenSet<string> BeVerbs = Set(
        "is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "seems", "seem", "seemed", "looks", "look", "remains", "remain", "became", "become");

    public static readonly FrozenSet<string> Negations = Set("not", "n't", "never", "no", "hardly", "scarcely", "barely");

    public static readonly FrozenSet<string> Approximators = Set(
        "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "under", "more than", "less than",
        "fewer than", "at least", "at most", "up to", "as many as", "as much as", "as few as", "an estimated", "upwards of",
        "close to", "just over", "just under", "well over", "more", "only", "just", "an", "a");

    public static readonly FrozenSet<string> ScaleWords = Set(
        "hundred", "thousand", "million", "billion", "trillion", "m", "bn", "k", "mn", "b", "tn");

    public static readonly FrozenSet<string> PercentWords = Set("percent", "per cent", "percentage", "pct", "%");

    public static readonly FrozenSet<string> CurrencyWords = Set(
        "dollars", "dollar", "euros", "euro", "pounds", "yen", "yuan", "rupees", "francs", "pesos", "usd", "eur", "gbp", "cents");

    public static readonly FrozenSet<string> TimeUnits = Set(
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "decade", "decades", "century", "centuries", "weekend", "weekends", "night", "nights", "term", "terms");

    public static readonly FrozenSet<string> RelativeTimeMarkers = Set(
        "ago", "later", "earlier", "before", "after", "old", "from", "into", "since", "running", "straight", "prior");

    /// <summary>Words before a number that make it a label, not a quantity ("Chapter 3", "No. 5", "version 2").</summary>
    public static readonly FrozenSet<string> LabelWords = Set(
        "chapter", "section", "page", "pages", "figure", "fig.", "table", "step", "version", "v", "route", "highway",
        "interstate", "room", "no.", "nos.", "number", "#", "phase", "level", "grade", "article", "title", "item", "line",
        "episode", "season", "volume", "vol.", "issue", "part", "act", "rule", "paragraph", "clause", "amendment",
        "p.", "pp.", "ch.", "sec.", "unit", "apartment", "apt.", "suite", "floor", "gate", "platform", "bus", "flight",
        "district", "ward", "precinct", "exit", "lane", "street", "avenue", "box", "class", "category", "type", "stage",
        "tier", "option", "question", "slide", "appendix", "exhibit", "model", "rank", "ranked", "week", "day", "game",
        "round", "heat", "race", "term", "covid", "covid-", "windows", "ios", "android", "python", "net", "c#", "release",
        "build", "patch", "update", "edition", "ward", "port", "channel", "verse", "psalm", "hebrews", "genesis");

    /// <summary>Nouns of people or things that make a small spelled-out number a reported count ("three officials").</summary>
    public static readonly FrozenSet<string> CountedNouns = Set(
        "people", "persons", "officials", "residents", "workers", "employees", "students", "children", "adults", "voters",
        "patients", "deaths", "victims", "soldiers", "troops", "officers", "members", "families", "households", "homes",
        "jobs", "cases", "migrants", "refugees", "protesters", "demonstrators", "passengers", "americans", "citizens",
        "lawmakers", "senators", "states", "countries", "companies", "businesses", "schools", "hospitals", "arrests", "attacks", "incidents", "shootings", "killings", "injuries", "infections", "fatalities",
        "injuries", "fatalities", "casualties", "infections", "dollars", "percent", "times", "million", "billion");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
