using DocLint.Evaluation;

namespace DocLint.Rules.Tests;

/// <summary>
/// Regression floors on the hand-labelled news dev set (shared/data/doclint_gold/dev.jsonl), pinned just under
/// what the rules reach (docs/quality.md). Skipped, with the reason, where the shared data is absent.
/// Reproduce the numbers with: dotnet run -c Release --project tests/DocLint.Evaluation
/// </summary>
public sealed class QualityFloorTests
{
    private static readonly Lazy<IReadOnlyList<FamilyResult>?> Results = new(() => Evaluate("dev"));
    private static readonly Lazy<IReadOnlyList<FamilyResult>?> TrainResults = new(() => Evaluate("train"));
    private static readonly Lazy<IReadOnlyList<FamilyResult>?> TuningResults = new(() => EvaluateTuningSets(_ => true));

    // The sets the pool floor was first pinned on (4,320 sentences). Sets added later join the pool and its own floor,
    // pinned on the larger pool, while these keep theirs: a harder new sample must not lower what the old ones guard.
    private static readonly string[] FirstPinnedSets = ["tune14", "tune15", "tune16", "tune17", "tune18", "tune19", "tune20", "tune21", "tune22"];

    private static readonly Lazy<IReadOnlyList<FamilyResult>?> FirstPinnedTuningResults =
        new(() => EvaluateTuningSets(name => FirstPinnedSets.Contains(name)));

    [DevSetFact]
    public void Hedge_sentences_stay_above_the_floor() => AssertFloor(Family.Hedge, precision: 0.95, recall: 0.95, spanPrecision: 0.95, spanRecall: 0.95);

    [DevSetFact]
    public void Unnamed_source_sentences_stay_above_the_floor() => AssertFloor(Family.UnnamedSource, precision: 0.95, recall: 0.70, spanPrecision: 0.95, spanRecall: 0.70);

    [DevSetFact]
    public void Unsourced_figure_sentences_stay_above_the_floor() => AssertFloor(Family.UnsourcedFigure, precision: 0.90, recall: 0.80, spanPrecision: 0.85, spanRecall: 0.80);

    // train.jsonl (1,200 sentences, 150 articles) is the tuning set: floors pinned just under the measured scores, sentence level.
    // The figure and micro precision floors came down (0.89 -> 0.87, 0.92 -> 0.91) and their recall floors went up (0.88 ->
    // 0.95, 0.875 -> 0.90) when figures38 narrowed next-sentence cover to a source that points back, as the 18,719-sentence
    // pool's gold reads GUIDELINES 4: train's F1 rose (0.905 -> 0.911); its three new false alarms are survey-series
    // results, a kind the pool does not bear out, so fitting them would be fitting train. Both precision floors came down
    // again with new49 (figures 0.87 -> 0.86, micro 0.91 -> 0.90): "After 40 days of a nationwide lockdown" is a measured
    // event's duration (GUIDELINES 5) that train leaves unlabelled, while the pool and fresh sets gain six labelled
    // sentences against one false alarm.
    [TrainSetFact]
    public void Train_set_families_stay_above_their_floors()
    {
        var results = TrainResults.Value!;
        AssertAtLeast(results, Family.Hedge, 0.90, 0.95);
        AssertAtLeast(results, Family.Booster, 0.99, 0.99);
        AssertAtLeast(results, Family.UnnamedSource, 0.95, 0.81);
        AssertAtLeast(results, Family.UnsourcedFigure, 0.86, 0.95);
        var micro = results.Aggregate(Score.Empty, (sum, r) => sum + r.Sentences);
        Assert.True(micro.Precision >= 0.90 && micro.Recall >= 0.90, $"train micro P {micro.Precision:0.000} R {micro.Recall:0.000}");
    }

    // Our own tuning sets (tools/gold/sets tune*.tsv, 35,998 sentences from 4,500 articles train never saw), pooled: the
    // floor guards what the rules reach on news beyond train, pinned just under the measured micro scores (0.680 / 0.728
    // when tune23 and tune24 joined; 0.684 / 0.736 when tune25 and tune26 joined; 0.704 / 0.752 when tune27 and tune28
    // joined; 0.711 / 0.745 when tune29 and tune30 joined;
    // 0.707 / 0.732 when tune31 and tune32 joined; 0.714 / 0.738 when tune33 and tune34 joined;
    // 0.710 / 0.736 when tune35 and tune36 joined; 0.715 / 0.740 when tune37 and tune38 joined;
    // 0.718 / 0.734 when tune39 and tune40 joined; 0.722 / 0.734 when tune41 and tune42 joined;
    // 0.729 / 0.735 when tune43 and tune44 joined; 0.730 / 0.739 when tune45 and tune46 joined;
    // 0.736 / 0.742 when tune47 and tune48 joined; 0.735 / 0.745 when tune49 and tune50 joined;
    // 0.741 / 0.749 when tune51 and tune52 joined; 0.737 / 0.770 when tune53 and tune54 joined;
    // 0.741 / 0.774 when tune55 and tune56 joined; 0.744 / 0.778 when tune57 and tune58 joined;
    // 0.742 / 0.778 when tune59 and tune60 joined; 0.743 / 0.781 when tune61 and tune62 joined;
    // 0.743 / 0.783 when tune63 and tune64 joined; 0.745 / 0.782 when tune65 and tune66 joined;
    // 0.747 / 0.784 when tune67 and tune68 joined; 0.748 / 0.784 when tune69 and tune70 joined;
    // 0.753 / 0.783 when tune71 and tune72 joined;
    // 0.751 / 0.784 when tune73 and tune74 joined;
    // 0.754 / 0.783 when tune75 and tune76 joined;
    // 0.759 / 0.782 when tune77 and tune78 joined;
    // 0.759 / 0.783 when tune79 and tune80 joined;
    // 0.758 / 0.784 when tune81 and tune82 joined;
    // 0.759 / 0.788 when tune83 and tune84 joined;
    // 0.762 / 0.788 when tune85 and tune86 joined;
    // 0.763 / 0.787 when tune87 and tune88 joined).
    [TuningSetFact]
    public void Tuning_sets_stay_above_their_micro_floor()
    {
        var micro = TuningResults.Value!.Aggregate(Score.Empty, (sum, r) => sum + r.Sentences);
        Assert.True(micro.Precision >= 0.67 && micro.Recall >= 0.72, $"tuning sets micro P {micro.Precision:0.000} R {micro.Recall:0.000}");
    }

    // tune14-22 alone keep the floor they had before the pool grew.
    [TuningSetFact]
    public void First_tuning_sets_stay_above_their_micro_floor()
    {
        var micro = FirstPinnedTuningResults.Value!.Aggregate(Score.Empty, (sum, r) => sum + r.Sentences);
        Assert.True(micro.Precision >= 0.67 && micro.Recall >= 0.73, $"tune14-22 micro P {micro.Precision:0.000} R {micro.Recall:0.000}");
    }

    // The dev set has no booster in the author's voice, so any booster finding there is a false alarm.
    [DevSetFact]
    public void No_booster_is_reported_on_the_dev_set()
    {
        var booster = Results.Value!.Single(r => r.Family == Family.Booster);
        Assert.Equal(0, booster.Sentences.Predicted);
    }

    private static void AssertFloor(Family family, double precision, double recall, double spanPrecision, double spanRecall)
    {
        var result = Results.Value!.Single(r => r.Family == family);
        var errors = string.Join("\n", result.Errors);
        Assert.True(result.Sentences.Precision >= precision, $"{family} sentence precision {result.Sentences.Precision:0.000} < {precision}\n{errors}");
        Assert.True(result.Sentences.Recall >= recall, $"{family} sentence recall {result.Sentences.Recall:0.000} < {recall}\n{errors}");
        Assert.True(result.Spans.Precision >= spanPrecision, $"{family} span precision {result.Spans.Precision:0.000} < {spanPrecision}\n{errors}");
        Assert.True(result.Spans.Recall >= spanRecall, $"{family} span recall {result.Spans.Recall:0.000} < {spanRecall}\n{errors}");
    }

    private static void AssertAtLeast(IReadOnlyList<FamilyResult> results, Family family, double precision, double recall)
    {
        var s = results.Single(r => r.Family == family).Sentences;
        Assert.True(s.Precision >= precision && s.Recall >= recall, $"train {family} P {s.Precision:0.000} R {s.Recall:0.000} < {precision} / {recall}");
    }

    private static IReadOnlyList<FamilyResult>? Evaluate(string split) =>
        GoldPath(split) is { } path ? DevSetEvaluation.Run(DevSetReader.Read(path), new DocLintLinter()) : null;

    private static string? DevSetPath() => GoldPath("dev");

    private static IReadOnlyList<FamilyResult>? EvaluateTuningSets(Func<string, bool> includeSet)
    {
        var shared = DataLocator.FindSharedDirectory(AppContext.BaseDirectory);
        var root = DataLocator.FindRepositoryRoot(AppContext.BaseDirectory);
        if (shared is null || root is null || !Directory.Exists(Path.Combine(shared, "data", "allsides_news_articles")))
        {
            return null;
        }

        var (sentences, problems) = LabelledSetFile.ReadTuningPool(root, new SharedArticles(Path.Combine(shared, "data")), includeSet);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        return sentences.Count == 0 ? null : DevSetEvaluation.Run(sentences, new DocLintLinter());
    }

    private static string? GoldPath(string split)
    {
        var shared = DataLocator.FindSharedDirectory(AppContext.BaseDirectory);
        var path = shared is null ? null : Path.Combine(shared, "data", "doclint_gold", split + ".jsonl");
        return path is not null && File.Exists(path) ? path : null;
    }

    /// <summary>A fact that is skipped, saying why, when train.jsonl is not beside the repository.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    private sealed class TrainSetFactAttribute : FactAttribute
    {
        public TrainSetFactAttribute()
        {
            if (GoldPath("train") is null)
            {
                Skip = "shared/data/doclint_gold/train.jsonl is absent beside the repository; train floors not checked.";
            }
        }
    }

    /// <summary>A fact that is skipped, saying why, when the allsides articles the tuning sets point into are absent.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    private sealed class TuningSetFactAttribute : FactAttribute
    {
        public TuningSetFactAttribute()
        {
            var shared = DataLocator.FindSharedDirectory(AppContext.BaseDirectory);
            if (shared is null || !Directory.Exists(Path.Combine(shared, "data", "allsides_news_articles")))
            {
                Skip = "shared/data/allsides_news_articles is absent beside the repository; tuning-set floors not checked.";
            }
        }
    }

    /// <summary>A fact that is skipped, saying why, when the labelled dev set is not beside the repository.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    private sealed class DevSetFactAttribute : FactAttribute
    {
        public DevSetFactAttribute()
        {
            if (DevSetPath() is null)
            {
                Skip = "shared/data/doclint_gold/dev.jsonl is absent beside the repository; quality floors not checked.";
            }
        }
    }
}
