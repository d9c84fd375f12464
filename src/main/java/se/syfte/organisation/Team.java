package se.syfte.organisation;

public record Team(long id, String name) {}
