using System.Text;
using DocLint.Analysis;
using DocLint.Configuration;
using DocLint.Scoring;
using Verify = DocLint.Rules.Tests.Verification.AnalyzerVerifier<DocLint.Rules.Claims.UnsourcedClaimAnalyzer>;

namespace DocLint.Rules.Tests.Claims;

public sealed class DL5001UnsourcedClaimAnalyzerTests
{
    [Theory]
    [InlineData("[|The mayor quietly approved the contract after the vote.|]")]
    [InlineData("[|Hillary Clinton wants to take away your guns.|]")]
    [InlineData("[|The new bridge will collapse within ten years of its opening.|]")]
    [InlineData("[|Critics say the bridge was never safe.|]")]
    [InlineData("[|It is believed that the developer has no financing.|]")]
    // rev42: a place or a listed object before a role is no name that sources it.
    [InlineData("[|And at a recent town hall meeting in Long Island, a classroom teacher charged state officials with child abuse.|]")]
    [InlineData("[|Demonstrators came to protest against police brutality and Mayor Lyda Krewson, a Central West End resident who had released the names of activists.|]")]
    // perf53: guards of the document-subject test's marks: a capital "V" after a name is an initial, and a document
    // noun after the sentence's first word follows no name.
    [InlineData("[|Then Michael V Hayden struck down the notices the clinics had to post.|]")]
    [InlineData("[|Laws like this one have struck down the notices the clinics had to post.|]")]
    public void Reports_a_claim_whose_paragraph_names_no_source(string markup) => Verify.VerifyMarkdown(markup);

    [Theory]
    [InlineData("The mayor approved the contract after the vote, according to council minutes published on Friday.")]
    [InlineData("The council spent $40 million on the bridge, the city auditor Jane Roe said in her March report.")]
    [InlineData("Is the bridge safe for the thousands who cross it?")]
    [InlineData("I think the bridge was a mistake from the start.")]
    [InlineData("We must stop the council before it spends another cent.")]
    [InlineData("Click here to read the full council report on the bridge.")]
    [InlineData("Bridge opens to traffic after five years")]
    // "he’s said" is "he has said": a named speaker's report, in either apostrophe.
    [InlineData("The mayor has a long record, one in which he\u2019s said he still believes the bridge is safe.")]
    [InlineData("The mayor has a long record, one in which he's said he still believes the bridge is safe.")]
    // mend45: a case name ("v", class-case-versus-marks) names the document the sentence reports.
    [InlineData("In NIFLA v Becerra the justices struck down the notices the clinics had to post.")]
    // perf53: the document word found from the sentence's lexicon marks, the case-versus mark's and the list's.
    [InlineData("The ruling in NIFLA v Becerra struck down the notices the clinics had to post.")]
    [InlineData("Under the California law, the clinics were required to post the notices.")]
    public void Does_not_report_sourced_claims_questions_opinion_advice_instructions_or_titles(string text) => Verify.VerifyNoDiagnostics(text);

    [Theory]
    // A lead-in that ends in a colon before a list is no claim of its own; its items are (figures31).
    [InlineData("Here are six takeaways from what happened on the last day of the term:\n\n1. [|The chief justice is now the swing vote on the court.|]\n")]
    [InlineData("This leaves the party with a hard choice between its candidates:\n\n- [|The party nominates the senator who draws the largest crowds.|]\n")]
    [InlineData("The pared-down plan has yet to be published but it would:\n\n[|\u2022 eliminate the individual mandate for all Americans to have insurance.|]\n")]
    public void Does_not_report_a_lead_in_to_a_list(string markup) => Verify.VerifyMarkdown(markup);

    [Fact]
    public void A_colon_before_prose_is_still_a_claim() =>
        Verify.VerifyMarkdown(
            "[|The storm has destroyed the harbour since it made landfall:|]\n\n" +
            "[|In Aransas County the fire destroyed a house on Friday night.|]\n");

    [Fact]
    public void A_named_source_sources_the_rest_of_its_paragraph_but_not_the_next_paragraph() =>
        Verify.VerifyMarkdown(
            "The council approved the budget on Monday, Mayor Ana Ruiz said. The vote ended a long dispute over the harbour.\n\n" +
            "[|The harbour dispute cost the town its only ferry service.|]\n");

    [Fact]
    public void Quoted_words_of_a_speaker_named_in_the_paragraph_are_sourced() =>
        Verify.VerifyNoDiagnostics("\"We will rebuild the harbour before the winter storms,\" Mayor Ana Ruiz said. \"Nobody will be left behind this time.\"\n");

    [Fact]
    public void A_source_named_earlier_sources_a_sentence_that_plainly_refers_back_to_it() =>
        Verify.VerifyNoDiagnostics(
            "A Harbour Trust study published in May, according to its authors, counted the town's fishing boats.\n\n" +
            "The study also found that most of the boats are older than thirty years.\n");

    [Fact]
    public void A_body_cited_earlier_and_named_again_by_its_acronym_is_referred_back_to() =>
        Verify.VerifyMarkdown(
            "The Government Accountability Office, which has warned since 2013 about the risks, says the government is failing.\n\n" +
            "The GAO puts climate change on its high-risk list of poorly run federal programs.\n\n" +
            "[|The FBI puts climate change on its own list of threats to the homeland.|]\n");

    [Fact]
    public void A_named_dataset_sources_its_paragraph_but_a_later_figure_needs_a_reference_back() =>
        Verify.VerifyMarkdown(
            "State Department Refugee Processing Center data show the agency admitted 12,587 refugees in the fiscal year.\n\n" +
            "The same data put the number of Christians among them at 68.\n\n" +
            "[|The stadium will cost taxpayers $2.5 billion.|]\n");

    [Fact]
    public void Figures_on_a_named_datasets_subject_are_left_to_the_dataset() =>
        Verify.VerifyMarkdown(
            "State Department Refugee Processing Center data show the agency admitted 12,587 refugees in the fiscal year.\n\n" +
            "Sixty-eight of the refugees were Christians and 24 were Yazidis.\n\n" +
            "[|The stadium will cost taxpayers $2.5 billion.|]\n");

    [Theory]
    [InlineData("A U.N. refugee camp for Syrians in northern Jordan near the border.")]
    [InlineData("Beau Biden when he was Attorney General of Delaware in 2010.")]
    [InlineData("The notion that officials are somehow beyond reproach is dangerous and wrong.")]
    [InlineData("JUST WATCHED Kix Brooks on southern cooking Replay More Videos ...")]
    public void Does_not_report_captions_without_a_main_verb_judgements_or_video_furniture(string text) => Verify.VerifyNoDiagnostics(text);

    [Fact]
    public void A_judgement_that_states_a_figure_is_still_a_claim() =>
        Verify.VerifyMarkdown("[|Spending 40 percent of the budget on the bridge was reckless.|]\n");

    [Fact]
    public void A_quotation_in_straight_single_quotes_closed_by_a_short_tag_names_its_speaker() =>
        Verify.VerifyNoDiagnostics("Harbour news.\n\n'Never direct the harbour board as to whom it should or should not hire,' Ruiz began.\n");

    [Theory]
    [InlineData("?We will rebuild the harbour before the winter storms come and nobody will be left behind.?", ClaimStatus.VaguelySourced)]
    [InlineData("We will rebuild the harbour before the winter storms come and nobody will be left behind.", ClaimStatus.Unsourced)]
    public void Question_marks_that_stand_for_lost_curly_quotes_are_read_as_quotation_marks(string text, ClaimStatus status)
    {
        var report = new LintEngine(BuiltInAnalyzers.Create()).Lint("a.md", Encoding.UTF8.GetBytes(text + "\n"), DocumentSettings.Default);

        Assert.Equal([status], report.Score!.Claims.Select(c => c.Status));
    }

    // "reported to the police" is a report made to someone, not "is reported to be" (RecipientReports): DL3002 refuses it,
    // and so does the claim's vague-source reading. The impersonal "are reported to have" stays vague.
    [Theory]
    [InlineData("Dozens of threats against the harbour board were reported to the police last year.", ClaimStatus.Unsourced)]
    [InlineData("The harbour board's accounts were reported to investigators by a former clerk last year.", ClaimStatus.Unsourced)]
    [InlineData("Dozens of threats against the harbour board are reported to have been made last year.", ClaimStatus.VaguelySourced)]
    public void A_report_made_to_a_recipient_is_no_vague_source(string text, ClaimStatus status)
    {
        var report = new LintEngine(BuiltInAnalyzers.Create()).Lint("a.md", Encoding.UTF8.GetBytes(text + "\n"), DocumentSettings.Default);

        Assert.Equal([status], report.Score!.Claims.Select(c => c.Status));
    }

    [Fact]
    public void A_quotation_that_runs_over_several_sentences_keeps_its_named_speaker() =>
        Verify.VerifyNoDiagnostics(
            "The harbour board met on Monday after a long dispute over the ferry. \"We got a new ferry two weeks later,\" Ruiz wrote. " +
            "\"The added bonus? Not only could the town keep its ferry, but the board would cover the repairs. " +
            "Everyone was happy and the fishermen got their harbour back for the winter.\"\n");

    [Fact]
    public void A_statement_quoted_over_several_paragraphs_after_its_introduction_stays_its_speakers() =>
        Verify.VerifyNoDiagnostics(
            "In two posts on Monday, Mayor Ana Ruiz wrote:\n\n\"The ferry will return in June and the harbour will reopen.\"\n\n" +
            "\"The board has failed the fishermen for three long years.\"\n");

    [Fact]
    public void A_transcript_turn_is_its_labelled_speakers_but_a_host_who_asks_is_the_outlets_own_voice() =>
        Verify.VerifyMarkdown(
            "[|HOST ANNE LEE: The harbour board closed the ferry service in March.|] Why did it happen?\n\n" +
            "MAYOR ANA RUIZ: The board has failed the fishermen for three long years.\n\n" +
            "HOST ANNE LEE: And what comes next for the harbour?\n\n" +
            "MAYOR ANA RUIZ: The ferry will return in June with two new boats.\n");

    [Fact]
    public void An_interviewees_answer_is_sourced_and_the_interviewers_question_turn_is_not() =>
        Verify.VerifyMarkdown(
            "[|Q: The harbour board closed the ferry service in March.|] Why?\n\n" +
            "A: The board has failed the fishermen for three long years.\n");

    [Fact]
    public void A_paragraph_after_a_lead_in_that_reports_speech_is_the_speakers() =>
        Verify.VerifyNoDiagnostics(
            "In a statement on Monday, the mayor's office added:\n\n" +
            "The ferry will return in June. The board has failed the fishermen for three long years.\n");

    [Fact]
    public void A_quotation_after_an_introduced_one_but_past_the_authors_own_paragraph_is_not_carried() =>
        Verify.VerifyMarkdown(
            "Mayor Ana Ruiz wrote:\n\n\"The ferry will return in June and the harbour will reopen.\"\n\n" +
            "[|The harbour board met on Monday after the long dispute.|]\n\n" +
            "[|\"The board has failed the fishermen for three long years.\"|]\n");

    [Fact]
    public void In_a_block_that_lost_its_breaks_a_claim_only_a_neighbouring_statement_sources_is_left_out_of_the_count()
    {
        string[] sentences =
        [
            "The harbour dispute ended the only ferry service of the town last spring.",
            "The fishermen blocked the slipway for three weeks in a row.",
            "The board then closed the harbour office for the whole winter.",
            "Mayor Ana Ruiz said the ferry would return in June.",
            "The ferry company lost its operating licence in March.",
            "The fishermen repaired the old boat for the crossing in May.",
        ];
        var text = string.Join(' ', sentences) + "\n";
        var document = new AnalyzedDocument(DocLint.Documents.DocumentLoader.Parse("a.txt", DocLint.Text.SourceText.From(text)));
        var leftOut = new List<DocLint.Prose.Sentence>();

        var statuses = DocLint.Rules.Claims.ClaimReader.Read(document, leftOut).Select(c => c.Claim.Status);

        Assert.Equal([ClaimStatus.Unsourced, ClaimStatus.Unsourced, ClaimStatus.None, ClaimStatus.Sourced, ClaimStatus.None, ClaimStatus.Unsourced], statuses);
        Assert.Equal([sentences[2], sentences[4]], leftOut.Select(s => s.Text.Trim()));
    }

    [Fact]
    public void In_a_paragraph_an_unquoted_sentence_beside_a_named_statement_is_left_to_it_and_a_quotation_is_sourced()
    {
        string[] sentences =
        [
            "Mayor Ana Ruiz said the ferry would return in June.",
            "The ferry company lost its operating licence in March.",
            "\"The harbour will reopen before the winter storms come.\"",
        ];
        var document = new AnalyzedDocument(DocLint.Documents.DocumentLoader.Parse("a.md", DocLint.Text.SourceText.From(string.Join(' ', sentences) + "\n")));
        var leftOut = new List<DocLint.Prose.Sentence>();

        var statuses = DocLint.Rules.Claims.ClaimReader.Read(document, leftOut).Select(c => c.Claim.Status);

        Assert.Equal([ClaimStatus.Sourced, ClaimStatus.None, ClaimStatus.Sourced], statuses);
        Assert.Equal([sentences[1]], leftOut.Select(s => s.Text.Trim()));
    }

    [Fact]
    public void A_capitalised_group_before_a_speech_verb_is_not_a_named_speaker() =>
        Verify.VerifyMarkdown(
            "[|Political correctness has shaped the harbour board's approach for many years.|] " +
            "[|In fact, the fishermen fought a long war that radical Unionists had declared against the board.|]\n");

    [Fact]
    public void Reports_in_plain_text_at_the_file_offset() =>
        Verify.VerifyPlainText("Harbour news.\n\n[|The harbour dispute cost the town its only ferry service.|]\n");

    [Fact]
    public void The_score_reads_the_same_claims_the_rule_reports()
    {
        var text = "The council approved the budget on Monday, Mayor Ana Ruiz said.\n\nThe harbour dispute cost the town its only ferry service.\n";
        var report = new LintEngine(BuiltInAnalyzers.Create()).Lint("a.md", Encoding.UTF8.GetBytes(text), DocumentSettings.Default);

        var flagged = report.Diagnostics.Where(d => d.Id == RuleIds.UnsourcedClaim).Select(d => d.Location.SourceSpan).ToArray();

        Assert.Equal([ClaimStatus.Sourced, ClaimStatus.Unsourced], report.Score!.Claims.Select(c => c.Status));
        Assert.Equal(flagged, report.Score.Claims.Where(c => c.Status == ClaimStatus.Unsourced).Select(c => c.SourceSpan));
        Assert.Equal("1 of 2 claims sourced; 1 unsourced claim", report.Score.Summary);
    }
}
