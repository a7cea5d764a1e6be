using DocLint.FigureTool;
using DocLint.Rules.Figures;

namespace DocLint.FigureTool.Tests;

public sealed class CrossValidationTests
{
    [Fact]
    public void Deals_every_article_to_one_fold_the_same_way_each_time()
    {
        string[] articles = ["e.txt", "a.txt", "c.txt", "b.txt", "d.txt", "f.txt", "g.txt"];

        var folds = CrossValidation.FoldsOf(articles, 5, 13);

        Assert.Equal(articles.Order(StringComparer.Ordinal), folds.Keys.Order(StringComparer.Ordinal));
        Assert.All(folds.Values, fold => Assert.InRange(fold, 0, 4));
        Assert.Equal(5, folds.Values.Distinct().Count());
        Assert.Equal(folds, CrossValidation.FoldsOf(articles.Reverse(), 5, 13));
    }

    [Fact]
    public void Scores_a_tuning_or_fresh_set_under_its_pool_as_well()
    {
        Assert.Equal(["all", "tune21", "tune*"], CrossValidation.PartsOf("tune21"));
        Assert.Equal(["all", "fresh14", "fresh*"], CrossValidation.PartsOf("fresh14"));
        Assert.Equal(["all", "train"], CrossValidation.PartsOf("train"));
    }

    [Fact]
    public void Reads_the_tuning_and_fresh_sets_but_not_the_second_labellings()
    {
        var folder = Directory.CreateTempSubdirectory("figure-tool-sets").FullName;
        try
        {
            foreach (var name in new[] { "tune20.tsv", "agree15.tsv", "fresh15.tsv", "tune14.tsv", "notes.txt" })
            {
                File.WriteAllText(Path.Combine(folder, name), string.Empty);
            }

            Assert.Equal(["fresh15.tsv", "tune14.tsv", "tune20.tsv"], LabelledSets.In(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Scores_a_sentence_by_whether_any_of_its_figures_is_flagged()
    {
        var model = LogisticModel.Train([(["bias", "call=Unsourced"], 1), (["bias", "call=NamedSource"], 0)]);
        var item = new GoldItem("a.txt", "train", Positive: true, Skipped: false,
        [
            new FigureCandidate(FigureCall.NamedSource, ["bias", "call=NamedSource"], 0),
            new FigureCandidate(FigureCall.Unsourced, ["bias", "call=Unsourced"], 1),
        ]);

        var scores = new CrossValidation(5, 13, 0.5, LogisticModel.DefaultPenalty).Score(item, model);

        Assert.Equal(new DocLint.Evaluation.Score(1, 1, 1, 1), scores.Hand);
        Assert.Equal(new DocLint.Evaluation.Score(1, 1, 1, 1), scores.Model);
        Assert.Equal(new DocLint.Evaluation.Score(1, 1, 1, 1), scores.Ceiling);
    }

    [Fact]
    public void Restricted_to_one_call_the_model_decides_that_call_and_the_hand_rule_the_rest()
    {
        // The model says "flag" for everything; restricted to NamedNearby it may flag only that call's figure, and the
        // NamedSource figure stays as the hand rule left it.
        var model = LogisticModel.Train([(["bias"], 1), (["bias"], 1)]);
        var nearby = new GoldItem("a.txt", "train", Positive: true, Skipped: false,
            [new FigureCandidate(FigureCall.NamedNearby, ["bias"], 1)]);
        var named = new GoldItem("b.txt", "train", Positive: false, Skipped: false,
            [new FigureCandidate(FigureCall.NamedSource, ["bias"], 0)]);
        var validation = new CrossValidation(5, 13, 0.5, LogisticModel.DefaultPenalty, FigureCall.NamedNearby);

        Assert.Equal(new DocLint.Evaluation.Score(1, 1, 1, 1), validation.Score(nearby, model).Model);
        Assert.Equal(new DocLint.Evaluation.Score(0, 0, 0, 0), validation.Score(named, model).Model);
        Assert.Equal(new DocLint.Evaluation.Score(0, 0, 0, 1), validation.Score(nearby, model).Filter);
        Assert.Single(CrossValidation.Examples([nearby, named], FigureCall.NamedNearby));
    }

    [Fact]
    public void A_time_split_trains_on_the_older_sets_and_scores_only_the_held_out_ones()
    {
        // The older set teaches "reported figures are not unsourced"; the held-out set says the opposite. Were the
        // held-out sentences (or their article, also in the older set here) in training, the model would keep some.
        var older = Enumerable.Range(0, 8).Select(i => new GoldItem($"a{i}.txt", "tune14", Positive: false, Skipped: false,
            [new FigureCandidate(FigureCall.Unsourced, ["bias", "call=Unsourced"], 0)]));
        var newer = Enumerable.Range(0, 2).Select(i => new GoldItem($"n{i}.txt", "tune30", Positive: true, Skipped: false,
            [new FigureCandidate(FigureCall.Unsourced, ["bias", "call=Unsourced"], 1)]));
        var sameArticle = new GoldItem("n0.txt", "tune14", Positive: true, Skipped: false, [new FigureCandidate(FigureCall.Unsourced, ["bias", "call=Unsourced"], 1)]);
        var validation = new CrossValidation(5, 13, 0.5, LogisticModel.DefaultPenalty);

        var scores = validation.RunSplit([.. older, .. newer, sameArticle], new HashSet<string>(["tune30"], StringComparer.Ordinal));

        Assert.Equal(["all", "tune30"], scores.Keys);
        Assert.Equal(new DocLint.Evaluation.Score(2, 2, 2, 2), scores["tune30"].Hand);
        Assert.Equal(new DocLint.Evaluation.Score(0, 0, 0, 2), scores["tune30"].Model);
        Assert.Equal((0, 2), validation.Flips["Unsourced"]);
    }

    [Fact]
    public void Lists_each_held_out_figure_the_model_decided_against_the_rule()
    {
        // Every figure is reported by the rule and labelled not unsourced: the model learns to keep none of them, so
        // each held-out figure is a right flip.
        var items = Enumerable.Range(0, 10).Select(i => new GoldItem($"a{i}.txt", "train", Positive: false, Skipped: false,
            [new FigureCandidate(FigureCall.Unsourced, ["bias", "call=Unsourced"], 0, $"a{i}.txt#s001\t'12'\tIt cost 12 dollars.")])).ToList();
        var validation = new CrossValidation(5, 13, 0.5, LogisticModel.DefaultPenalty);

        validation.Run(items);

        Assert.Equal(10, validation.FlipCases.Count);
        Assert.All(validation.FlipCases, line => Assert.Matches(@"^right\tUnsourced\t0\t0\.[0-4]\d\ta\d\.txt#s001\t'12'\tIt cost 12 dollars\.$", line));
        Assert.Equal((10, 0), validation.Flips["Unsourced"]);
    }

    [Fact]
    public void The_model_does_not_speak_on_furniture()
    {
        var model = LogisticModel.Train([(["bias", "form=percent"], 1), (["bias"], 0)]);
        var item = new GoldItem("a.txt", "train", Positive: false, Skipped: false,
            [new FigureCandidate(FigureCall.Line, ["bias", "form=percent"], 0)]);

        var scores = new CrossValidation(5, 13, 0.5, LogisticModel.DefaultPenalty).Score(item, model);

        Assert.Equal(DocLint.Evaluation.Score.Empty, scores.Model);
    }

    [Fact]
    public void A_sentence_with_only_borderline_figure_labels_is_not_scored()
    {
        var model = LogisticModel.Train([(["bias"], 1)]);
        var item = new GoldItem("a.txt", "train", Positive: false, Skipped: true,
            [new FigureCandidate(FigureCall.Unsourced, ["bias"], null)]);

        Assert.Equal(SystemScores.Empty, new CrossValidation(5, 13, 0.5, LogisticModel.DefaultPenalty).Score(item, model));
    }
}
