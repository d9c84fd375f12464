package se.syfte.dashboard;

import java.util.Optional;

/** The dashboard's figures from one cut: its follow-ups always, the team's figures when the window has visits. */
public record DashboardFigures(FollowUps followUps, Optional<TeamFigures> team) {}
