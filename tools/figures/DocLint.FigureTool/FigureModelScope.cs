using DocLint.Rules.Figures;

namespace DocLint.FigureTool;

/// <summary>Where the model may not speak: the hand rule's hard furniture exemptions hold whatever the weights say.</summary>
internal static class FigureModelScope
{
    public static bool IsFurniture(FigureCall call) =>
        call is FigureCall.Heading or FigureCall.Line or FigureCall.RelatedLink or FigureCall.ConversationTurn;
}
