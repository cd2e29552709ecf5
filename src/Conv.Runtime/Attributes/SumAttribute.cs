using System;

namespace Conv;

/// <summary>
/// Declares the single convolution equal to parallel branches that read the same input, whose outputs are added, then the
/// activation. <c>typeof(Identity)</c> is a branch that passes the input through. Branches are <c>[Conv2d]</c>, <c>[BatchNorm2d]</c>, <c>[Composite]</c>, <c>[Sum]</c> or
/// <c>[Concat]</c> types without an activation of their own.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class SumAttribute : Attribute
{
    /// <summary>Declares the branches (two or more).</summary>
    public SumAttribute(params Type[] branches) => Branches = branches;

    /// <summary>The branch types.</summary>
    public Type[] Branches { get; }

    /// <summary>The activation applied after the branches are combined.</summary>
    public Activation Activation { get; set; }

    /// <summary>The slope of <see cref="Activation.LeakyRelu"/> below zero (PyTorch's default 0.01).</summary>
    public float NegativeSlope { get; set; } = 0.01f;
}
