using System;

namespace Conv;

/// <summary>
/// Declares a fixed-shape 2-D batch normalisation in eval mode (PyTorch's <c>nn.BatchNorm2d</c> after
/// <c>model.eval()</c>): <c>(x - RunningMean) / sqrt(RunningVar + Eps) * Weight + Bias</c> per channel, then the
/// activation. As a member of a <c>[Composite]</c>, <c>[Sum]</c> or <c>[Concat]</c> it folds into the conv beside it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class BatchNorm2dAttribute : Attribute
{
    /// <summary>Declares a batch normalisation of <paramref name="channels"/> channels.</summary>
    public BatchNorm2dAttribute(int channels) => Channels = channels;

    /// <summary>Channels (input and output).</summary>
    public int Channels { get; }

    /// <summary>Input height (required: shapes are fixed at compile time).</summary>
    public int InputHeight { get; set; }

    /// <summary>Input width (required: shapes are fixed at compile time).</summary>
    public int InputWidth { get; set; }

    /// <summary>Added to the running variance before its square root (PyTorch's default 1e-5).</summary>
    public double Eps { get; set; } = 1e-5;

    /// <summary>The activation applied to the output inside <c>Forward</c>.</summary>
    public Activation Activation { get; set; }

    /// <summary>The slope of <see cref="Activation.LeakyRelu"/> below zero (PyTorch's default 0.01).</summary>
    public float NegativeSlope { get; set; } = 0.01f;

    /// <summary>
    /// The layer's module name in a PyTorch state_dict ("features.0"): its tensors are <c>Name.weight</c>, <c>Name.bias</c>, <c>Name.running_mean</c> and <c>Name.running_var</c>.
    /// The generated <c>Load</c> reads them by it, and the analyzer checks them against a weights file the project lists.
    /// </summary>
    public string? Name { get; set; }
}
