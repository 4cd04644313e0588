namespace Notebooks.Runner.Doctor;

public enum CheckState { Ok, Warning, Problem }

/// <summary>One finding of `doctor`: what was checked, what was seen, and what to do about it.</summary>
public sealed record DoctorCheck(string Name, CheckState State, string Detail, string? Fix = null);
