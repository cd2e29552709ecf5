using System;

namespace Conv;

/// <summary>Why a composite differs from running its layers in sequence at some output positions.</summary>
[Flags]
public enum InexactCause
{
    /// <summary>The composite is exact everywhere.</summary>
    None = 0,

    /// <summary>An intermediate layer's zero padding reads zeros where the composite sees real values.</summary>
    IntermediateZeroPadding = 1,

    /// <summary>An earlier layer's bias is missing from the zero-padded border of an intermediate output, but the composite adds it.</summary>
    MissingBias = 2,

    /// <summary>An intermediate reflect, replicate or circular padding reads other input values than the composite's padding does.</summary>
    PaddingMode = 4,
}
