/** The organisation's settings: purposes with their keyword rules, teams and salespeople. */
package se.syfte.settings;
