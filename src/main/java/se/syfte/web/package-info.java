/** What every page shares: the organisation served, the language, the layout. */
package se.syfte.web;
