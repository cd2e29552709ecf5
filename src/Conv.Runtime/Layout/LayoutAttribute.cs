using System;

namespace Conv;

/// <summary>
/// Says which layout a buffer holds, so that the analyzer can report an OIHW weight passed where an
/// NCHW activation is expected (its out-channel axis read as the batch axis), or back.
/// </summary>
[AttributeUsage(
    AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue | AttributeTargets.Method,
    AllowMultiple = false,
    Inherited = true)]
public sealed class LayoutAttribute : Attribute
{
    /// <summary>Marks a buffer as holding <paramref name="layout"/>.</summary>
    public LayoutAttribute(TensorLayout layout) => Layout = layout;

    /// <summary>The layout of the marked buffer.</summary>
    public TensorLayout Layout { get; }
}
