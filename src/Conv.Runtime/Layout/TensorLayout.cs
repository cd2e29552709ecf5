namespace Conv;

/// <summary>The axis order of a flat float buffer.</summary>
public enum TensorLayout
{
    /// <summary>An activation: batch, channel, row, column.</summary>
    Nchw = 0,

    /// <summary>A weight: out channel, in channel / groups, kernel row, kernel column.</summary>
    Oihw = 1,
}
