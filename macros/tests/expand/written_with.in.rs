/// Changes a zone's records.
pub update_zone: PUT "/dns/zones/{name}" -> Success {
    /// The zone's name.
    #[body]
    name: String,
    #[write_with = "write_record_changes"]
    records: Option<RecordChanges>,
    ttl: Option<i32>,
}
