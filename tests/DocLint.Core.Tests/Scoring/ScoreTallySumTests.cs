using System.Reflection;
using DocLint.Scoring;

namespace DocLint.Core.Tests.Scoring;

/// <summary>
/// perf34's <c>ScoreTallySum</c> copies <see cref="ScoreTally"/>'s counts and weights one by one; a value added to the
/// tally and not to the sum would silently drop out of every section's score, so the two lists are held equal (rev34).
/// </summary>
public sealed class ScoreTallySumTests
{
    private const BindingFlags DeclaredInstance =
        BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    [Fact]
    public void Sums_every_count_and_weight_a_tally_holds()
    {
        var tallyValues = typeof(ScoreTally).GetProperties(DeclaredInstance)
            .Where(property => property.Name != "EqualityContract")
            .Select(property => property.Name)
            .Order();
        var sum = typeof(ScoreTally).Assembly.GetType("DocLint.Scoring.ScoreTallySum", throwOnError: true)!;
        var sumFields = sum.GetFields(DeclaredInstance).Select(field => field.Name).Order();

        Assert.Equal(tallyValues, sumFields);
    }
}
