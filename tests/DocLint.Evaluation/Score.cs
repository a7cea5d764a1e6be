namespace DocLint.Evaluation;

/// <summary>
/// Precision counts predictions, recall counts gold items: at span level the two differ when one finding
/// overlaps two gold spans or two findings overlap one.
/// </summary>
public sealed record Score(int PredictedCorrect, int Predicted, int GoldFound, int Gold)
{
    public static readonly Score Empty = new(0, 0, 0, 0);

    public double Precision => Predicted == 0 ? 0 : (double)PredictedCorrect / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)GoldFound / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score left, Score right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.PredictedCorrect + right.PredictedCorrect, left.Predicted + right.Predicted, left.GoldFound + right.GoldFound, left.Gold + right.Gold);
    }

    public Score Add(Score other) => this + other;
}
