namespace Conv.Generators.Emission;

/// <summary>
/// How a view's values are copied: one at a time, in System.Runtime.Intrinsics vectors (.NET 8+ consumers), or in
/// System.Numerics ones (netstandard2.0 consumers, <see cref="NumericsCopyEmitter"/>).
/// </summary>
internal enum VectorCopies
{
    None,
    Intrinsics,
    Numerics,
}
