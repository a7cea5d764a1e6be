using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DocLint.Benchmarks;

/// <summary>Adds the corpus size and each stage's time and allocation per megabyte of input to the table.</summary>
public sealed class PerMegabyteConfig : ManualConfig
{
    public PerMegabyteConfig()
    {
        AddColumn(new PerMegabyteColumn("MB", (_, megabytes) => megabytes.ToString("F2", CultureInfo.InvariantCulture)));
        AddColumn(new PerMegabyteColumn("ms/MB", (report, megabytes) =>
            report.ResultStatistics is { } statistics ? (statistics.Mean / 1e6 / megabytes).ToString("F1", CultureInfo.InvariantCulture) : "-"));
        AddColumn(new PerMegabyteColumn("alloc MB/MB", (report, megabytes) =>
            report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes
                ? (bytes / (1024.0 * 1024.0) / megabytes).ToString("F1", CultureInfo.InvariantCulture)
                : "-"));
    }

    private sealed class PerMegabyteColumn(string name, Func<BenchmarkReport, double, string> value) : IColumn
    {
        private readonly Dictionary<string, double> _megabytes = [];

        public string Id => "DocLint." + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => $"{name} of the corpus (about 1 MB of the first files by name)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report is null)
            {
                return "-";
            }

            var corpus = (string)benchmarkCase.Parameters[nameof(StageBenchmarks.Articles)];
            if (!_megabytes.TryGetValue(corpus, out var megabytes))
            {
                megabytes = Corpus.Load(corpus).Megabytes;
                _megabytes[corpus] = megabytes;
            }

            return value(report, megabytes);
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
