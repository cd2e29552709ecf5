namespace Conv;

/// <summary>An element-wise activation applied to a layer's output, as PyTorch's modules of the same names.</summary>
public enum Activation
{
    /// <summary>The output as it is.</summary>
    None,

    /// <summary><c>max(x, 0)</c>.</summary>
    Relu,

    /// <summary><c>min(max(x, 0), 6)</c> (PyTorch's <c>ReLU6</c>, <c>hardtanh(x, 0, 6)</c>).</summary>
    Relu6,

    /// <summary><c>x</c> where <c>x &gt;= 0</c>, else <c>x * NegativeSlope</c>.</summary>
    LeakyRelu,
}
