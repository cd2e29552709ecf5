namespace Conv;

/// <summary>
/// The branch of a <c>[Sum]</c> (or <c>[Concat]</c>) that passes its input through unchanged, as in a residual
/// connection: <c>[Sum(typeof(Branch3x3), typeof(Identity))]</c>. It folds in as a 1 on the kernel's centre diagonal.
/// </summary>
public static class Identity
{
}
