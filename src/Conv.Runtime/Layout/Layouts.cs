using System;

namespace Conv;

/// <summary>
/// Deliberate reinterpretations between layouts. The analyzer's layout flow (CONV006) stops here: what
/// these return carries the layout they declare, whatever went in.
/// </summary>
public static class Layouts
{
    /// <summary>Reads an OIHW weight as an NCHW batch of images (out channels as the batch), on purpose.</summary>
    [return: Layout(TensorLayout.Nchw)]
    public static ReadOnlySpan<float> ReinterpretWeightAsImages([Layout(TensorLayout.Oihw)] ReadOnlySpan<float> weight) => weight;

    /// <summary>Reads an NCHW batch of images as an OIHW weight (the batch as out channels), on purpose.</summary>
    [return: Layout(TensorLayout.Oihw)]
    public static ReadOnlySpan<float> ReinterpretImagesAsWeight([Layout(TensorLayout.Nchw)] ReadOnlySpan<float> images) => images;
}
