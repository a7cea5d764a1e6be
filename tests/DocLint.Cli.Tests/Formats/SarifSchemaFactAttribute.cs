namespace DocLint.Cli.Tests.Formats;

/// <summary>A fact that is skipped, visibly, when the official SARIF schema in ../shared/data is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SarifSchemaFactAttribute : FactAttribute
{
    public SarifSchemaFactAttribute()
    {
        if (RepositoryPaths.SarifSchema is null)
        {
            Skip = "../shared/data/sarif/sarif-schema-2.1.0.json is not present";
        }
    }
}
