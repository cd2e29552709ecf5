using System;

namespace Conv;

/// <summary>
/// Declares a fixed-shape 2-D convolution with PyTorch's <c>nn.Conv2d</c> semantics (NCHW activations,
/// OIHW weights, cross-correlation). The generator adds the layer's constants, weights and a
/// <c>Forward</c> specialised for exactly this shape to the <c>partial</c> type it is put on.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class Conv2dAttribute : Attribute
{
    /// <summary>Declares a convolution with a square kernel.</summary>
    public Conv2dAttribute(int inChannels, int outChannels, int kernelSize)
    {
        InChannels = inChannels;
        OutChannels = outChannels;
        KernelSize = kernelSize;
    }

    /// <summary>Input channels.</summary>
    public int InChannels { get; }

    /// <summary>Output channels.</summary>
    public int OutChannels { get; }

    /// <summary>Kernel size on both axes, unless <see cref="KernelHeight"/> or <see cref="KernelWidth"/> say otherwise.</summary>
    public int KernelSize { get; }

    /// <summary>Input height (required: shapes are fixed at compile time).</summary>
    public int InputHeight { get; set; }

    /// <summary>Input width (required: shapes are fixed at compile time).</summary>
    public int InputWidth { get; set; }

    /// <summary>Stride on both axes.</summary>
    public int Stride { get; set; } = 1;

    /// <summary>Padding on each side, on both axes.</summary>
    public int Padding { get; set; }

    /// <summary>Dilation on both axes.</summary>
    public int Dilation { get; set; } = 1;

    /// <summary>Number of channel groups.</summary>
    public int Groups { get; set; } = 1;

    /// <summary>Whether the layer adds a learned bias.</summary>
    public bool Bias { get; set; } = true;

    /// <summary>How the padded border is filled.</summary>
    public PaddingMode PaddingMode { get; set; } = PaddingMode.Zeros;

    /// <summary>Kernel height; 0 means <see cref="KernelSize"/>.</summary>
    public int KernelHeight { get; set; }

    /// <summary>Kernel width; 0 means <see cref="KernelSize"/>.</summary>
    public int KernelWidth { get; set; }

    /// <summary>Vertical stride; 0 means <see cref="Stride"/>.</summary>
    public int StrideHeight { get; set; }

    /// <summary>Horizontal stride; 0 means <see cref="Stride"/>.</summary>
    public int StrideWidth { get; set; }

    /// <summary>Rows of padding on top and bottom; 0 means <see cref="Padding"/>.</summary>
    public int PaddingHeight { get; set; }

    /// <summary>Columns of padding left and right; 0 means <see cref="Padding"/>.</summary>
    public int PaddingWidth { get; set; }

    /// <summary>Vertical dilation; 0 means <see cref="Dilation"/>.</summary>
    public int DilationHeight { get; set; }

    /// <summary>Horizontal dilation; 0 means <see cref="Dilation"/>.</summary>
    public int DilationWidth { get; set; }

    /// <summary>The activation applied to the layer's output inside <c>Forward</c>.</summary>
    public Activation Activation { get; set; }

    /// <summary>The slope of <see cref="Activation.LeakyRelu"/> below zero (PyTorch's default 0.01).</summary>
    public float NegativeSlope { get; set; } = 0.01f;

    /// <summary>
    /// The layer's module name in a PyTorch state_dict ("features.0"): its tensors are <c>Name.weight</c>, <c>Name.bias</c>.
    /// The generated <c>Load</c> reads them by it, and the analyzer checks them against a weights file the project lists.
    /// </summary>
    public string? Name { get; set; }
}
