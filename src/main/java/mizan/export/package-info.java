/** Writers for gold datasets, all fed by the same view of the labels. */
package mizan.export;
