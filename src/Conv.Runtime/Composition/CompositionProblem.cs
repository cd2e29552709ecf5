namespace Conv;

/// <summary>What kind of mismatch keeps two consecutive layers from composing.</summary>
public enum CompositionProblemKind
{
    /// <summary>A layer's input channels differ from the previous layer's output channels.</summary>
    Channels,

    /// <summary>A layer's input height or width differs from the previous layer's output size.</summary>
    Size,
}

/// <summary>One mismatch between consecutive layers of a chain.</summary>
public sealed class CompositionProblem
{
    /// <summary>Creates a problem report.</summary>
    public CompositionProblem(int layerIndex, CompositionProblemKind kind, string message)
    {
        LayerIndex = layerIndex;
        Kind = kind;
        Message = message;
    }

    /// <summary>Index (0-based, data-flow order) of the layer whose input does not fit.</summary>
    public int LayerIndex { get; }

    /// <summary>Channels or size.</summary>
    public CompositionProblemKind Kind { get; }

    /// <summary>What is wrong, naming the layers and the numbers.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Message;
}
