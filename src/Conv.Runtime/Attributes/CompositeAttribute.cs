using System;

namespace Conv;

/// <summary>
/// Declares the single convolution equal to running the given layers one after the other
/// (data-flow order: the first runs first). The generator adds the composite's layer surface, its
/// weights computed from the layers' weights, and where it is exact.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class CompositeAttribute : Attribute
{
    /// <summary>Composes two or more <c>[Conv2d]</c> or <c>[Composite]</c> types, in data-flow order.</summary>
    public CompositeAttribute(params Type[] layers) => Layers = layers;

    /// <summary>The layer types, in data-flow order.</summary>
    public Type[] Layers { get; }
}
