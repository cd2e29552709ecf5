namespace Conv;

/// <summary>How a convolution fills the border it pads around its input, as PyTorch's <c>padding_mode</c>.</summary>
public enum PaddingMode
{
    /// <summary>Pads with zeros (PyTorch's default).</summary>
    Zeros = 0,

    /// <summary>Mirrors the input without repeating the edge: row -1 reads row 1. Needs padding &lt; input size.</summary>
    Reflect = 1,

    /// <summary>Repeats the edge value.</summary>
    Replicate = 2,

    /// <summary>Wraps around: row -1 reads the last row. Needs padding &lt;= input size.</summary>
    Circular = 3,
}
