pub broken: FETCH "/things/{id}" -> Thing {
    id: String,
}
