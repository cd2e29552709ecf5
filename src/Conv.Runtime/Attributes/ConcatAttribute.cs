using System;

namespace Conv;

/// <summary>
/// Declares the single convolution equal to parallel branches that read the same input, whose outputs are stacked along the channels (<c>torch.cat(dim=1)</c>), in order, then the
/// activation. Branches are <c>[Conv2d]</c>, <c>[BatchNorm2d]</c>, <c>[Composite]</c>, <c>[Sum]</c> or
/// <c>[Concat]</c> types without an activation of their own.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ConcatAttribute : Attribute
{
    /// <summary>Declares the branches (two or more).</summary>
    public ConcatAttribute(params Type[] branches) => Branches = branches;

    /// <summary>The branch types.</summary>
    public Type[] Branches { get; }

    /// <summary>The activation applied after the branches are combined.</summary>
    public Activation Activation { get; set; }

    /// <summary>The slope of <see cref="Activation.LeakyRelu"/> below zero (PyTorch's default 0.01).</summary>
    public float NegativeSlope { get; set; } = 0.01f;
}
