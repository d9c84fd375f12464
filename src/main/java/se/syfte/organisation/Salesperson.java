package se.syfte.organisation;

public record Salesperson(long id, long teamId, String name, String email) {}
